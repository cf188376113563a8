// Runs last (files load in name order): stopping the extension stops the server process.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

function serverProcesses(serverPath: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(serverPath));
}

describe('deactivation', () => {
  it('stops the language server process', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const serverPath = path.join(extension.extensionPath, 'dist', 'server.js');
    assert.equal(serverProcesses(serverPath).length, 1, 'one server process while active');
    // The module the extension host loaded: deactivate() is what VS Code calls on shutdown.
    const main = require(path.join(extension.extensionPath, 'dist', 'client.js')) as { deactivate(): Promise<void> };
    await main.deactivate();
    const deadline = Date.now() + 10000;
    while (serverProcesses(serverPath).length > 0) {
      if (Date.now() > deadline) assert.fail(`server still running: ${serverProcesses(serverPath).join('; ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});
