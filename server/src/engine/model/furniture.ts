// Lines that are not the writer's text but the page furniture of the site it was copied from. Filled in below.

import type { Line } from './lines';
import type { Outline } from './outline';

export function findFurnitureLines(_lines: readonly Line[], _outline: Outline): Set<number> {
  return new Set();
}
