// Small constructors for LSP ranges.

import type { Range } from './types';

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
