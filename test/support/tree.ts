// Writes a folder of files for a test: { 'drafts/a.txt': '…' } under a root.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}
