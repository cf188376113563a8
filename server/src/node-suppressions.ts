// Suppressions of plain-text drafts kept in `.reportlintrc.json` (Node hosts only: it reads and writes files).
// Format: {"suppressions": [{"file": "年度工作总结.report", "rule": "placeholder", "text": "XX"}]}, `file`
// relative to the config file's folder; without `text` the rule is off in that whole file. Other keys of the
// file are kept as they are.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Suppression } from './engine';
import type { SuppressionStore } from './suppressions';

export const CONFIG_FILE = '.reportlintrc.json';

interface StoredSuppression extends Suppression {
  file: string;
}

interface ConfigFile {
  suppressions?: StoredSuppression[];
  [key: string]: unknown;
}

async function readConfig(file: string): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file} is not a JSON object`);
  return parsed as ConfigFile;
}

const slashes = (p: string) => p.split(path.sep).join('/');

export class FileSuppressions implements SuppressionStore {
  canStore(uri: string): boolean {
    return uri.startsWith('file:');
  }

  async load(uri: string): Promise<Suppression[]> {
    if (!this.canStore(uri)) return [];
    const draft = fileURLToPath(uri);
    const found: Suppression[] = [];
    for (let dir = path.dirname(draft); ; dir = path.dirname(dir)) {
      const config = await readConfig(path.join(dir, CONFIG_FILE)).catch(() => undefined);
      const relative = slashes(path.relative(dir, draft));
      for (const entry of config?.suppressions ?? []) {
        if (entry && entry.file === relative && typeof entry.rule === 'string') {
          found.push(typeof entry.text === 'string' ? { rule: entry.rule, text: entry.text } : { rule: entry.rule });
        }
      }
      if (path.dirname(dir) === dir) return found;
    }
  }

  async add(uri: string, suppression: Suppression): Promise<string> {
    const draft = fileURLToPath(uri);
    const file = path.join(path.dirname(draft), CONFIG_FILE);
    const config = (await readConfig(file)) ?? {};
    const entries = Array.isArray(config.suppressions) ? config.suppressions : [];
    const entry: StoredSuppression = { file: path.basename(draft), ...suppression };
    if (!entries.some((e) => e.file === entry.file && e.rule === entry.rule && e.text === entry.text)) entries.push(entry);
    config.suppressions = entries;
    await fs.writeFile(file, JSON.stringify(config, null, 2) + '\n', 'utf8');
    return file;
  }
}
