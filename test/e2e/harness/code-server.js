'use strict';
// Starts code-server (VS Code 1.100 as a server, with its real Node extension
// host) on a free loopback port, with every state dir in a fresh temp folder.
const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { onExit, killGroup } = require('./cleanup');

const HOST = '127.0.0.1';

// Keeps first-run noise (welcome page, tips, update checks) out of screenshots.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function getStatus(url) {
  return new Promise((resolve) => {
    // agent: false: no pooled keep-alive socket outlives the server.
    const req = http.get(url, { agent: false }, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => { req.destroy(); resolve(0); });
  });
}

/** Environment for code-server and hence the extension host (it inherits it). */
function childEnv(tmp, extra) {
  const env = {};
  // Drop variables of a VS Code we might be running inside of.
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  }
  Object.assign(env, {
    XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(tmp, 'xdg', 'state'),
    // The extension host leaves sockets (vscode-ipc-*.sock, vscode-git-*.sock) in tmpdir.
    TMPDIR: path.join(tmp, 'tmp'),
    // No marketplace: otherwise the workbench keeps asking open-vsx.org (unreachable here).
    EXTENSIONS_GALLERY: '{}',
  }, extra);
  return env;
}

/**
 * @param {object} o
 * @param {object} o.tools          from provisioning.findTools()
 * @param {object} [o.env]          extra env vars (reach the extension host)
 * @param {string[]} [o.extensions] .vsix files to install before starting
 * @param {object} [o.settings]     user settings merged over DEFAULT_SETTINGS
 * @param {number} [o.timeoutMs]    how long to wait for /healthz (default 60 s)
 * @param {boolean} [o.keepTemp]
 * @param {boolean} [o.workspaceTrust]  enable workspace trust (folders open in Restricted Mode)
 * @param {(line: string) => void} [o.log]
 */
async function startCodeServer({ tools, env = {}, extensions = [], settings = {}, timeoutMs = 60000,
  keepTemp = false, workspaceTrust = false, log = () => {} }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-code-server-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  for (const d of ['xdg/config', 'xdg/data', 'xdg/cache', 'xdg/state', 'tmp']) fs.mkdirSync(path.join(tmp, d), { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // With workspaceTrust, folders open in Restricted Mode until trusted (no prompt: the UI check looks at that mode).
  const trust = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...trust, ...settings }, null, 2));

  const procEnv = childEnv(tmp, env);
  const dirArgs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const removeTemp = () => { if (!keepTemp) fs.rmSync(tmp, { recursive: true, force: true }); };

  let child = null;
  const unregister = onExit(() => { if (child) killGroup(child.pid, 'SIGKILL'); removeTemp(); });

  function installExtension(vsixPath) {
    return new Promise((resolve, reject) => {
      execFile(tools.codeServer, [...dirArgs, '--force', '--install-extension', vsixPath],
        { env: procEnv, timeout: 120000 }, (err, stdout, stderr) => {
          if (err) return reject(new Error(`install ${vsixPath} failed: ${err.message}\n${stdout}${stderr}`));
          log(`installed ${path.basename(vsixPath)}`);
          resolve(stdout);
        });
    });
  }

  let output = '';
  let exited = null;
  try {
    for (const vsix of extensions) await installExtension(vsix);
    const port = await freePort();
    const args = ['--auth', 'none', '--bind-addr', `${HOST}:${port}`, ...dirArgs,
      '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override', '--ignore-last-opened'];
    // Own process group, so stop() can kill code-server and every extension host it forked.
    child = spawn(tools.codeServer, args, { env: procEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (b) => { output = (output + b).slice(-20000); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code, sig) => { exited = { code, sig }; });
    child.on('error', (e) => { exited = { code: -1, sig: null }; collect(String(e)); });

    const url = `http://${HOST}:${port}`;
    const deadline = Date.now() + timeoutMs;
    while ((await getStatus(`${url}/healthz`)) !== 200) {
      if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before /healthz:\n${output}`);
      if (Date.now() > deadline) throw new Error(`code-server /healthz not ready after ${timeoutMs} ms:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    log(`code-server ready at ${url} (temp ${tmp})`);

    async function stop() {
      if (child && !exited) {
        let timer;
        const gone = new Promise((r) => child.once('exit', r));
        killGroup(child.pid, 'SIGTERM');
        await Promise.race([gone, new Promise((r) => { timer = setTimeout(r, 5000); })]);
        clearTimeout(timer);
      }
      if (child) killGroup(child.pid, 'SIGKILL'); // stragglers left in the group
      unregister();
      removeTemp();
    }

    return {
      url, port, host: HOST, tmp, userDataDir, extensionsDir, env: procEnv,
      /** vscode-remote URI for an absolute path on this machine */
      remoteUri: (absPath) => `vscode-remote://${HOST}:${port}` +
        path.resolve(absPath).split('/').map(encodeURIComponent).join('/'),
      output: () => output,
      installExtension,
      stop,
    };
  } catch (err) {
    if (child) killGroup(child.pid, 'SIGKILL');
    unregister();
    removeTemp();
    throw err;
  }
}

module.exports = { startCodeServer, freePort };
