'use strict';
// Headless Debian Chromium through playwright-core (no browser download needed).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { onExit, killMentioning } = require('./cleanup');

// The background-networking flags stop Chromium's calls home, which this
// machine's closed network refuses many at a time.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * @returns {Promise<{context, page, close: () => Promise<void>}>}
 */
async function launchBrowser(tools, { viewport = { width: 1400, height: 900 }, locale = 'en-US' } = {}) {
  const { chromium } = require(tools.playwrightCore);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-chromium-'));
  const removeProfile = () => fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  // On an abrupt exit, kill Chromium (all its processes name the profile dir)
  // before removing the profile, or it writes the dir back.
  const unregister = onExit(() => { killMentioning(profile); removeProfile(); });
  let context;
  try {
    // launchPersistentContext takes the profile dir itself; it refuses --user-data-dir in args.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: tools.chromium, headless: true, args: CHROMIUM_ARGS, viewport, locale,
      // Everything Chromium writes stays in the profile: crash reports ($XDG_CONFIG_HOME),
      // dconf ($XDG_CACHE_HOME), the org.chromium.Chromium.* singleton dir ($TMPDIR).
      env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, TMPDIR: profile },
      // cleanup.js owns the signals (it also stops code-server and removes temp dirs).
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
  } catch (err) {
    unregister(); killMentioning(profile); removeProfile();
    throw err;
  }
  const page = context.pages()[0] || await context.newPage();
  async function close() {
    await context.close().catch(() => {});
    unregister(); removeProfile();
  }
  return { context, page, close };
}

module.exports = { launchBrowser, CHROMIUM_ARGS };
