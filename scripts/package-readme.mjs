// The README as the extension's details page shows it (`npm run package` gives it to vsce with --readme-path).
// VS Code renders that page in a webview whose Content-Security-Policy takes images from https: and data: only, so
// the pictures, which the README names by relative path, are inlined as data: URIs: a .vsix installed offline
// shows them, with no image host to depend on. The README itself is unchanged.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGED_README = join(ROOT, 'dist', 'README.md');

const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

/** The README text with each relative picture (`![alt](docs/images/x.png)`) as a data: URI. */
export function inlinePictures(readme, readFile = (file) => readFileSync(join(ROOT, file))) {
  return readme.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => {
    const type = TYPES[extname(target).toLowerCase()];
    if (!type || /^[a-z]+:/i.test(target)) return whole;
    return `![${alt}](data:${type};base64,${readFile(target).toString('base64')})`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(PACKAGED_README), { recursive: true });
  writeFileSync(PACKAGED_README, inlinePictures(readFileSync(join(ROOT, 'README.md'), 'utf8')));
}
