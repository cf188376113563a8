// `npm install` builds the repository (dist/: the extension, the server, the CLI). It runs as `postinstall`, not
// `prepare`: npm runs `prepare` again inside `npm pack`, and its lines on stdout made the pre-commit hook (which reads
// the tarball's name from `npm pack`'s stdout) fail. Installed as a package (from git, a tarball, the pre-commit
// hook), report-lint comes built and without its sources: nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync(new URL('../server/src', import.meta.url))) {
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = run.status ?? 1;
}
