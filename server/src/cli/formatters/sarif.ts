// `--format sarif`: SARIF 2.1.0, as GitHub code scanning reads it (upload it with github/codeql-action/upload-sarif).
// Paths are relative to the working folder (%SRCROOT%, the repository root in CI); lines and columns are
// 1-based, columns in UTF-16 code units (said explicitly with columnKind, which is also GitHub's reading).

import type * as Crypto from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { formatMessage, rules, type Finding, type Locale, type Range } from '../../engine';
import type { FileReport, ReportedFinding } from '../lint-file';

// node:crypto (and the stream modules it loads) is required when a SARIF report is written, not at every start of the
// CLI (cli20): most runs print JSON or the stylish format. Bundled, this require() loads Node's module.
let cryptoModule: typeof Crypto | undefined;
const createHash = (algorithm: string) => (cryptoModule ??= require('node:crypto') as typeof Crypto).createHash(algorithm);

export const DOCS_BASE = 'https://github.com/report-lint/report-lint/blob/main/docs/rules';
const LEVEL: Record<Finding['severity'], Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifContext {
  version: string;
  locale: Locale;
  /** The folder paths are made relative to (the repository root when run from it). */
  cwd: string;
  /** Files that could not be read or fixed: tool notifications, so a partial run is visible. */
  errors: { file: string; message: string }[];
}

export function sarif(reports: FileReport[], context: SarifContext): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(context) },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: context.errors.length === 0,
            toolExecutionNotifications: context.errors.map((e) => ({ level: 'error', message: { text: `${e.file}: ${e.message}` }, locations: [{ physicalLocation: { artifactLocation: artifact(e.file, context.cwd) } }] })),
          },
        ],
        results: reports.flatMap((report) => {
          const seen = new Map<string, number>();
          return report.findings.map((finding) => result(finding, report.file, context, index, seen));
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function driver(context: SarifContext): Sarif.ToolComponent {
  const t = (m: { zh: string; en: string }) => formatMessage(m, context.locale);
  return {
    name: 'report-lint',
    semanticVersion: /^\d+\.\d+\.\d+/.test(context.version) ? context.version : undefined,
    version: context.version,
    informationUri: DOCS_BASE.replace(/\/blob\/main\/docs\/rules$/, ''),
    rules: rules.map(({ meta }) => ({
      id: meta.id,
      name: t(meta.name),
      shortDescription: { text: t(meta.name) },
      fullDescription: { text: t(meta.description) },
      help: {
        text: `${t(meta.description)}\n${meta.description.en === t(meta.description) ? meta.description.zh : meta.description.en}\n${DOCS_BASE}/${meta.id}.md`,
        markdown: `${t(meta.description)}\n\n${meta.description.en === t(meta.description) ? meta.description.zh : meta.description.en}\n\n[${meta.id}](${DOCS_BASE}/${meta.id}.md)`,
      },
      helpUri: `${DOCS_BASE}/${meta.id}.md`,
      defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
      properties: { tags: ['report-lint', meta.category], fixable: meta.fixable },
    })),
  };
}

function result(finding: ReportedFinding, file: string, context: SarifContext, index: Map<string, number>, seen: Map<string, number>): Sarif.Result {
  const location = { artifactLocation: artifact(file, context.cwd), region: region(finding.range) };
  // Stable when lines move: the rule, the file and the message (which quotes the flagged text), and which
  // occurrence of that message in the file it is (as GitHub numbers its own line hashes).
  const key = createHash('sha256').update(`${finding.ruleId}\0${file}\0${finding.message}`).digest('hex').slice(0, 32);
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  return {
    ruleId: finding.ruleId,
    ruleIndex: index.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: location }],
    ...(finding.related?.length
      ? { relatedLocations: finding.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: location.artifactLocation, region: region(r.range) } })) }
      : {}),
    partialFingerprints: { 'reportLint/v1': `${key}:${occurrence}` },
    // In a Word document, the region counts lines of the extracted text (one per paragraph); this is the Word place.
    ...(finding.word ? { properties: { word: finding.word } } : {}),
  };
}

/** 1-based lines and columns; the end column is the one after the region (SARIF's reading). */
function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative URI under %SRCROOT%: each path segment percent-encoded (Chinese file names, spaces, #). */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep);
  return { uri: relative.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
