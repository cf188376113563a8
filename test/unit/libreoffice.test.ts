// Checks against a real office suite, where LibreOffice is installed (skipped otherwise, with a line saying so):
// the annotated copy opens in LibreOffice with each comment on the right words, and the automatic numbers the
// reader computes are the ones LibreOffice draws.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { annotateDocx, lintDocx, readDocx } from '../../server/src/docx';
import { FIXTURES } from '../support/fixtures';

const DIR = path.join(FIXTURES, 'docx');

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts with LibreOffice in its own profile (so a running instance or a parallel test does not interfere). */
function convert(file: string, to: string, outdir: string): string {
  const profile = `file://${path.join(outdir, 'profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outdir, file], { stdio: 'ignore', timeout: 180_000 });
  const base = path.basename(file).replace(/\.docx$/, '');
  const produced = fs.readdirSync(outdir).find((f) => f.startsWith(base + '.') && f !== path.basename(file));
  if (!produced) throw new Error(`LibreOffice wrote nothing for ${file} → ${to}`);
  return path.join(outdir, produced);
}

/** Each annotation in an ODF text document: its text, and the document text between its start and end. */
function annotationsOf(odt: string): { text: string; anchored: string }[] {
  const content = new DOMParser().parseFromString(strFromU8(unzipSync(new Uint8Array(fs.readFileSync(odt)))['content.xml']), 'application/xml');
  const found: { name: string; text: string; anchored: string }[] = [];
  const open = new Map<string, { anchored: string }>();
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) for (const o of open.values()) o.anchored += n.nodeValue ?? '';
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.tagName === 'office:annotation') {
        const entry = { name: el.getAttribute('office:name') ?? '', text: Array.from(el.getElementsByTagName('text:p')).map((p) => p.textContent).join('\n'), anchored: '' };
        found.push(entry);
        if (entry.name) open.set(entry.name, entry);
      } else if (el.tagName === 'office:annotation-end') open.delete(el.getAttribute('office:name') ?? '');
      else walk(el);
    }
  };
  walk(content.documentElement!);
  return found;
}

const CN_LABEL = /^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

describe('docx: LibreOffice', function () {
  this.timeout(300_000);
  let dir: string;
  before(function () {
    if (!hasSoffice()) {
      if (process.env.REPORT_LINT_E2E_REQUIRED === '1') throw new Error('soffice not found: run bash .ci/provision-e2e.sh');
      console.log('    LibreOffice checks skipped: soffice not found (apt-get install libreoffice-writer-nogui)');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-lo-test-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('opens the annotated copy with each comment on the words of its finding', () => {
    const original = new Uint8Array(fs.readFileSync(path.join(DIR, 'gbt-auto-numbering.docx')));
    const { findings } = lintDocx(original, { locale: 'zh-cn' });
    const annotated = path.join(dir, 'annotated.docx');
    fs.writeFileSync(annotated, annotateDocx(original, findings));
    const annotations = annotationsOf(convert(annotated, 'odt', dir));
    const on = (rule: string) => annotations.find((a) => a.text.includes(rule))?.anchored;
    assert.equal(annotations.length, findings.length);
    assert.equal(on('percent-range'), '104.5%');
    assert.equal(on('numbering-sequence'), '下一步工作打算');
    assert.equal(on('未替换的占位符“XX”'), 'XX');
    assert.ok(annotations.some((a) => a.text.startsWith('脚注1：')));
  });

  for (const name of ['annual-summary.docx', 'annual-summary.libreoffice.docx']) {
    it(`${name}: the reader's automatic numbers are the ones LibreOffice draws`, () => {
      const text = fs.readFileSync(convert(path.join(DIR, name), 'txt:Text (encoded):UTF8', dir), 'utf8');
      const drawn = text.split(/\r?\n/).map((l) => CN_LABEL.exec(l)?.[1]).filter(Boolean);
      const read = readDocx(new Uint8Array(fs.readFileSync(path.join(DIR, name)))).paragraphs.body.map((p) => p.number.trim()).filter(Boolean);
      assert.ok(read.length >= 8);
      assert.deepEqual(read, drawn);
    });
  }
});
