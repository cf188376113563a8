// "Ignore here" for plain-text drafts, written into the configuration file that applies to the draft (the nearest
// .reportlintrc.json, .reportlintrc.jsonc or package.json with a `reportLint` key), or into a new
// .reportlintrc.json beside it: {"suppressions": [{"file": "年度工作总结.report", "rule": "placeholder", "text": "XX"}]}.
// Comments and layout of an existing file are kept (engine withSuppression). Node hosts only: it writes files.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSuppression, type Suppression } from './engine';
import { ProjectConfig } from './config/project-config';
import type { SuppressionStore } from './suppressions';

export const NEW_CONFIG_FILE = '.reportlintrc.json';

export class FileSuppressions implements SuppressionStore {
  canStore(uri: string): boolean {
    return uri.startsWith('file:');
  }

  async add(uri: string, suppression: Suppression): Promise<string> {
    const draft = fileURLToPath(uri);
    const file = new ProjectConfig().configFor(draft)?.file ?? path.join(path.dirname(draft), NEW_CONFIG_FILE);
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const relative = path.relative(path.dirname(file), draft).split(path.sep).join('/');
    await fs.writeFile(file, withSuppression(text, file, { file: relative, ...suppression }), 'utf8');
    return file;
  }
}
