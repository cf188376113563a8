// Runs the CLI in-process with captured output (or the built bin as a child process).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';

export const ROOT = path.join(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'report-lint.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
  cwd?: string;
  stdin?: Buffer | string;
}

export async function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
  });
  return { code, stdout, stderr };
}

/** The installed command, as CI runs it. */
export function runBin(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: options.cwd, input: options.input, env: { ...process.env, ...options.env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
