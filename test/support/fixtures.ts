// Fixtures are drafts with the expected findings written inline, at the end of the line where each
// finding starts: `四、下一步打算 <!-- expect: numbering-sequence -->`. The engine ignores HTML comments.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TextFormat } from '../../server/src/engine';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface Fixture {
  file: string;
  text: string;
  format: TextFormat;
  /** Expected "line:rule" entries (0-based lines), one per expected finding. */
  expected: string[];
}

const EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/g;

export function loadFixture(file: string): Fixture {
  const text = fs.readFileSync(file, 'utf8');
  const expected: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (const m of line.matchAll(EXPECT)) {
      for (const rule of m[1].split(/[\s,]+/).filter(Boolean)) expected.push(`${index}:${rule}`);
    }
  });
  return { file, text, format: /\.(md|markdown)$/.test(file) ? 'markdown' : 'plain', expected: expected.sort() };
}

export function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureFiles(full));
    else if (/\.(txt|md|report|draft)$/.test(entry.name) && !/\.fixed\.[^.]+$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** The fix snapshot beside a fixture: drafts/a.txt → drafts/a.fixed.txt. */
export function fixedFile(file: string): string {
  return file.replace(/(\.[^.]+)$/, '.fixed$1');
}
