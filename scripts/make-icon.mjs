// Renders images/icon.svg to images/icon.png (128×128, transparent corners) in headless Chromium through
// playwright-core, both provisioned for the editor tests (.ci/provision-e2e.sh). Run after changing the SVG;
// the PNG is committed. Usage: node scripts/make-icon.mjs
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { findTools } = require('../test/e2e/harness/provisioning.js');
const tools = findTools();
if (!tools) throw new Error('run .ci/provision-e2e.sh first (Chromium and playwright-core)');
const { chromium } = require(tools.playwrightCore);

const browser = await chromium.launch({ executablePath: tools.chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.goto(pathToFileURL(path.join(root, 'images', 'icon.svg')).href);
  await page.screenshot({ path: path.join(root, 'images', 'icon.png'), omitBackground: true });
  console.log('wrote images/icon.png');
} finally {
  await browser.close();
}
