import * as fs from 'node:fs';
import { parseDocument } from '../server/src/engine';
const text = fs.readFileSync('test/fixtures/corpus/zh-half-year-summaries-traditional.txt', 'utf8');
for (let i = 0; i < 40; i++) { const d = parseDocument(text); d.figures; d.dates; d.breakdowns; }
