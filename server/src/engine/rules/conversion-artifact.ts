/**
 * conversion-artifact — 机器转换误词 / Machine-conversion artifact
 *
 * What: wording that a machine conversion creates and a writer never types. Document-sharing sites pass
 * uploaded reports through a synonym "rewriter" that swaps words inside words: 原则 → 原那么, 运动员 → 运发动,
 * 服务 → 效劳, 发展 → 开展, 基本 → 根本, 规范 → 标准. The list, with where each entry was seen, is
 * `engine/data/conversion-artifacts.json`; the intended word is offered as the fix.
 * Why: a reader stops at 坚持…原那么 at once, and the draft shows where it was copied from.
 * Not: the ordinary words the artifacts also are — 效劳 (乐意效劳), 开展 (开展活动), 根本 (根本任务),
 * 平安 (平安建设), 标准 (标准化), 局部地区 — and the same letters across two words (还原那么, 草原那么大,
 * 货运发动机, 有效劳动). Phrases that are only certain in a draft already full of such swaps (均衡开展成效,
 * 更趋标准) are reported only when the draft has at least two certain artifacts elsewhere.
 *
 * 检查：机器转换留下、写作者不会写出的误词。文库网站对上传的文档做“伪原创”同义词替换，会把词中的字也换掉：
 * 原则→原那么、运动员→运发动、服务→效劳、发展→开展、基本→根本、规范→标准。词表及每条的出处见
 * `engine/data/conversion-artifacts.json`，快速修复改回原词。
 * 原因：“坚持……的原那么”一眼就能看出，也暴露了稿件的来源。
 * 不报：这些误词本身也是正常词语的用法（乐意效劳、开展活动、根本任务、平安建设、标准化、局部地区），以及跨词
 * 的同形字串（还原那么、草原那么大、货运发动机、有效劳动）。“均衡开展成效”“更趋标准”这类只有在替换过的稿件
 * 中才能确定的说法，只在全文已有两处确定的误词时才报。
 *
 * Bad:  坚持依法治教、从严治教的原那么，发挥工会效劳功能
 * Good: 坚持依法治教、从严治教的原则，发挥工会服务功能
 * Bad:  6人达到国家二级运发动标准（the rewriter's 运发动 for 运动员; the rule has no English counterpart）
 * Good: 6人达到国家二级运动员标准
 */

import data from '../data/conversion-artifacts.json';
import { rangeIn, type Paragraph } from '../model/paragraphs';
import { eachWordMatch, wordsPattern } from '../patterns';
import type { Rule, UnitContext } from '../rule';

/** A string around the artifact: the text that must stand just before and just after it. */
interface Surround {
  before: string;
  after: string;
}

interface Entry {
  artifact: string;
  intended: string;
  contexts?: Surround[];
  unless: Surround[];
  evidence: boolean;
}

interface RawEntry {
  artifact: string;
  intended: string;
  contexts?: string[];
  unless?: string[];
  evidence?: boolean;
}

function surround(artifact: string, text: string): Surround {
  const at = text.indexOf(artifact);
  return { before: text.slice(0, at), after: text.slice(at + artifact.length) };
}

/** Rewritten drafts often come with half-width marks too: 原那么， is also written 原那么, (the list gives the full-width form). */
const HALF_WIDTH: Record<string, string> = { '，': ',', '；': ';', '：': ':' };

function surrounds(artifact: string, texts: string[]): Surround[] {
  const out: Surround[] = [];
  for (const text of texts) {
    out.push(surround(artifact, text));
    const half = text.replace(/[，；：]/g, (c) => HALF_WIDTH[c]);
    if (half !== text) out.push(surround(artifact, half));
  }
  return out;
}

const ENTRIES = new Map<string, Entry[]>();
for (const raw of data.entries as RawEntry[]) {
  const entry: Entry = {
    artifact: raw.artifact,
    intended: raw.intended,
    contexts: raw.contexts && surrounds(raw.artifact, raw.contexts),
    unless: surrounds(raw.artifact, raw.unless ?? []),
    evidence: raw.evidence === true,
  };
  const list = ENTRIES.get(raw.artifact) ?? [];
  list.push(entry);
  ENTRIES.set(raw.artifact, list);
}
// Literal alternatives only: the engine tries each at each position, linear in the text.
// Searched by the words' first two characters (eachWordMatch), not tried at every position.
const ARTIFACT = wordsPattern([...ENTRIES.keys()]);

/** Drafts with fewer certain artifacts than this are not taken to be rewritten. */
const EVIDENCE_MIN = 2;

interface Hit {
  paragraph: Paragraph;
  start: number;
  entry: Entry;
}

/** What one paragraph has: its certain artifacts (reported there) and the likely ones, reported with evidence. */
interface Found {
  certain: number;
  likely: Hit[];
}

const rule: Rule<Found> = {
  meta: {
    id: 'conversion-artifact',
    name: { zh: '机器转换误词', en: 'Conversion artifact' },
    category: 'copy-residue',
    description: {
      zh: '机器转换或同义词替换留下的误词：“原那么”（原则）、“效劳中心”（服务中心）、“运发动”（运动员）',
      en: 'Words a machine conversion or synonym rewriter leaves behind: 原那么 for 原则, 效劳中心 for 服务中心, 运发动 for 运动员',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      artifact: {
        zh: '应为“{intended}”：“{artifact}”是机器转换留下的误词',
        en: 'Write “{intended}”: “{artifact}” is a word a machine conversion left behind',
      },
      fix: { zh: '改为“{intended}”', en: 'Change to “{intended}”' },
    },
  },

  scope: 'paragraph',

  checkParagraph(paragraph, context) {
    const found: Found = { certain: 0, likely: [] };
    eachWordMatch(ARTIFACT, paragraph.text, (m) => {
      const entries = ENTRIES.get(m[0]) ?? [];
      const accepted = entries.filter((entry) => accepts(entry, paragraph.text, m.index));
      if (accepted.length === 0) return;
      const entry = accepted.find((e) => !e.evidence);
      if (entry) {
        found.certain++;
        report(context, { paragraph, start: m.index, entry });
      } else found.likely.push({ paragraph, start: m.index, entry: accepted[0] });
    });
    return found.certain || found.likely.length ? found : undefined;
  },

  // The likely artifacts count only in a draft that has certain ones: it went through a rewriter.
  check(context) {
    const certain = context.locals.reduce((n, { value }) => n + value.certain, 0);
    if (certain < EVIDENCE_MIN) return;
    for (const { value } of context.locals) for (const hit of value.likely) report(context, hit);
  },
};

export default rule;

function accepts(entry: Entry, text: string, at: number): boolean {
  const end = at + entry.artifact.length;
  const fits = (s: Surround) => text.startsWith(s.before, at - s.before.length) && at >= s.before.length && text.startsWith(s.after, end);
  if (entry.contexts && !entry.contexts.some(fits)) return false;
  return !entry.unless.some(fits);
}

function report(context: UnitContext, { paragraph, start, entry }: Hit): void {
  const range = rangeIn(paragraph, start, start + entry.artifact.length);
  const data = { artifact: entry.artifact, intended: entry.intended };
  context.report({ message: 'artifact', data, range, fix: { title: 'fix', edits: [{ range, newText: entry.intended }] } });
}
