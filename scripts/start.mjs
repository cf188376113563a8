// `npm start`: lint the shipped example drafts and explain what the output means.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const examples = readdirSync('examples').map((f) => join('examples', f)).sort();
const locale = process.env.REPORT_LINT_LOCALE;
console.log(`$ report-lint ${locale ? `--locale ${locale} ` : ''}${examples.join(' ')}\n`);
const run = spawnSync(process.execPath, ['bin/report-lint.js', ...(locale ? ['--locale', locale] : []), ...examples], { stdio: 'inherit' });
console.log(
  run.status === 1
    ? '\nThese findings are expected: the example drafts contain typical defects on purpose (exit code 1 = problems found).'
    : `\nreport-lint exited with ${run.status}.`,
);
process.exitCode = run.status === 1 ? 0 : run.status ?? 1;
