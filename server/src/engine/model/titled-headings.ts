// English headings that name their unit with a word: "Section 3 Finance", "PART IV. FINANCE", "## Appendix C.
// Partners", "Annex B Risk register", "CHAPTER 2: Methods", and the priorities and objectives of a plan reported on one
// by one ("Priority 2: Making Safeguarding Personal", "Objective 3: Reduce waste", "Outcome 2: Adults improve their
// numeracy"), the findings of an audit ("Finding 2: The project is over budget"), and the steps of a procedure ("Step 2:
// Drain the traffic."). The outline reads numbers and letters at a line start
// (1., 2.3, A.); these carry the number after a word, so they are read here, one per line, for the checks that
// need the units a draft has (the sequence of its parts, the targets of its references).

import { parseChineseNumeral, parseRoman } from './numerals';
import type { Line } from './lines';

export type TitledWord = 'section' | 'part' | 'chapter' | 'appendix' | 'annex' | 'priority' | 'objective' | 'outcome' | 'step' | 'item' | 'finding';

export interface TitledHeading {
  line: number;
  word: TitledWord;
  /** 3 for Section 3, 4 for PART IV, 3 for Appendix C. */
  value: number;
  /** How the number is written: 'arabic', 'roman', 'letter' or 'word' (Chapter Four). */
  style: 'arabic' | 'roman' | 'letter' | 'word';
  /** Columns of the number or letter in the line. */
  start: number;
  end: number;
}

/** Chapter One, PART TWO: the numbers a part or chapter may be written with in words. */
export const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];

// The word, its number (1, IV, C, One), an optional . or :, then a title; or a Markdown heading with the word and number alone.
const TITLED = new RegExp(String.raw`^(#{1,6}[ \t]+)?(\*\*)?(Section|SECTION|Part|PART|Chapter|CHAPTER|Appendix|APPENDIX|Annex|ANNEX|Priority|PRIORITY|Objective|OBJECTIVE|Outcome|OUTCOME|Finding|FINDING|Step|STEP|Item|ITEM)[ \t]+(\d{1,2}|[IVXLC]{1,6}|[A-Z]|${NUMBER_WORDS.join('|')}|${NUMBER_WORDS.map((w) => w.toUpperCase()).join('|')})(?!\w)(?![.,]\d)([.:])?(\*\*)?(?:[ \t]+(\S.*))?$`);

/**
 * Whether a line's text may be a titled heading: its first character after spaces starts the word, a Markdown heading
 * or bold (every line of a draft is asked on every version: most are told here without a lookup or a match).
 */
export function mayBeTitled(prose: string): boolean {
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    // # * S P C A O s/p/c/a/o are not needed (the word is capitalised).
    if (c === 35 || c === 42 || c === 83 || c === 80 || c === 67 || c === 65 || c === 79) return true;
    // Item 7 …, ITEM 7: (not every line that starts with I, In or It).
    if (c === 73) return prose.startsWith('Item', i) || prose.startsWith('ITEM', i);
    // Finding 2: Reconciliation (the findings of an audit report, each under its number).
    if (c === 70) return prose.startsWith('Finding', i) || prose.startsWith('FINDING', i);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpaceAbove127(c)))) return false;
  }
  return false;
}

function isSpaceAbove127(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The titled heading a line's text is, if it is one. */
export function readTitled(prose: string): Omit<TitledHeading, 'line'> | undefined {
  const text = prose.trimEnd();
  const lead = text.length - text.trimStart().length;
  const t = text.slice(lead);
  if (t.length > 90) return undefined;
  const m = TITLED.exec(t);
  if (!m) return undefined;
  const heading = m[1] !== undefined;
  const title = m[7];
  const step = /^step$/i.test(m[3]);
  if (step && !heading) {
    // Step 2: Drain the traffic. — the steps of a procedure, each a sentence after its label and a colon, full stop or
    // dash (not "Step 2 is to drain the traffic.", nor a step in the plural: Stages 1 and 2 are not read at all).
    if (!title || (!m[5] && !/^[—–-][ \t]*\S/.test(title))) return undefined;
  } else if (!heading) {
    // "Section 3 Finance": a title, not a sentence ("Section 3 sets out the budget."); "Appendix A – Performance
    // standards", "Item 8 – Budget": the title after a dash.
    const named = title?.replace(/^[—–-][ \t]*/, '');
    if (!named || /[.!?,;]$/.test(named) || /^(?:of|to|in|and|or|sets?|shows?|describes?|covers?|gives?|is|are|was|were|will|has|have)\b/i.test(named)) return undefined;
    if (!/^[A-Z\d"“(]/.test(named)) return undefined;
  }
  const word = m[3].toLowerCase() as TitledWord;
  const label = m[4];
  let value: number | undefined;
  let style: TitledHeading['style'] = 'arabic';
  const worded = NUMBER_WORDS.findIndex((w) => w.toUpperCase() === label.toUpperCase());
  if (/^\d+$/.test(label)) {
    value = Number(label);
    style = 'arabic';
  } else if (step || word === 'item') {
    return undefined;
  } else if (worded >= 0) {
    // Chapter One: Context ⏎ Chapter Two ⏎ Chapter Four: a part or chapter numbered in words (not Annex One, Objective Two).
    if (word !== 'part' && word !== 'chapter' && word !== 'section') return undefined;
    value = worded + 1;
    style = 'word';
  } else if ((word === 'appendix' || word === 'annex') && label.length === 1) {
    value = label.charCodeAt(0) - 64;
    style = 'letter';
  } else if (/^[IVXLC]+$/.test(label) && (word === 'part' || word === 'chapter' || word === 'section' || label.length > 1)) {
    value = parseRoman(label);
    style = 'roman';
  } else if (label.length === 1) {
    value = label.charCodeAt(0) - 64;
    style = 'letter';
  }
  if (value === undefined || value < 1) return undefined;
  const wordEnd = (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + m[3].length;
  const start = lead + wordEnd + t.slice(wordEnd).search(/\S/);
  return { word, value, style, start, end: start + label.length };
}

/** The titled headings of a draft, in order. */
export function titledHeadings(
  lines: readonly Line[],
  read: (line: Line) => Omit<TitledHeading, 'line'> | undefined = (line) => (line.kind === 'text' ? readTitled(line.prose) : undefined),
): TitledHeading[] {
  const out: TitledHeading[] = [];
  for (const line of lines) {
    if (line.prose.length > 100) continue;
    const found = read(line);
    if (found) out.push({ line: line.index, ...found, label: line.prose.slice(found.start, found.end) } as TitledHeading & { label: string });
  }
  // A lone I, V, X, L or C is a Roman numeral or a letter: the headings of its word around it tell which — the one
  // before it (SECTION B ⏎ SECTION C ⏎ SECTION D: C is 3, not 100, and D follows it; Chapter IV ⏎ Chapter V), or, for
  // the first, the next that is plainly one or the other (Appendix I ⏎ Appendix II, Part I ⏎ Part J).
  type Labelled = TitledHeading & { label: string };
  const ambiguous = (h: Labelled) => h.label.length === 1 && /[IVXLC]/.test(h.label);
  const asLetter = (h: Labelled): TitledHeading => ({ ...strip(h), value: h.label.charCodeAt(0) - 64, style: 'letter' });
  const asRoman = (h: Labelled): TitledHeading => ({ ...strip(h), value: parseRoman(h.label) ?? h.value, style: 'roman' });
  const all = out as Labelled[];
  const resolved: TitledHeading[] = [];
  const lastOf = new Map<TitledWord, TitledHeading>();
  for (let i = 0; i < all.length; i++) {
    const h = all[i];
    let r: TitledHeading = strip(h);
    if (ambiguous(h)) {
      const before = lastOf.get(h.word);
      const after = before ? undefined : all.slice(i + 1).find((x) => x.word === h.word && !ambiguous(x));
      const style = before?.style ?? after?.style;
      if (style === 'letter') r = asLetter(h);
      else if (style === 'roman') r = asRoman(h);
    }
    resolved.push(r);
    lastOf.set(h.word, r);
  }
  return resolved;
}

function strip(h: TitledHeading & { label: string }): TitledHeading {
  const { label: _label, ...rest } = h;
  return rest;
}

// A heading that names an item of a plan by a word and its number (Objective 3: Reduce cost, Goal 2 – Better data,
// Recommendation 5, Key Result Area 2, Work package 3; 目标3：…, 任务二). The items listed under it may carry that
// number rather than the section's (## 4. Objective 3 ⏎ - 3.4 … ⏎ - 3.5 …: the key results of objective 3).
// Not a count (Top 3 risks, The 5 Pillars, In 3 years), a figure (Phase 2.5, Goal 20%), a year (Goal 2025), nor a
// caption or a version (Table 3: Budget, Figure 2, Version 2: the 3.1 under it is no id of theirs).
const LABEL_EN = /^(?!(?:The|Our|Their|Its|Top|Next|Last|First|Over|Under|In|For|With|About|All|These|Those|Some|Only|Every|Each|Around|Nearly|Almost|Up|To|Of|By|At|From|Table|Figure|Fig|Chart|Graph|Diagram|Map|Photo|Box|Exhibit|Panel|Page|Note|Source|Version|Release|TABLE|FIGURE|CHART|BOX|EXHIBIT)\b)(?:[A-Z][A-Za-z’'-]*|[A-Z]{2,6})(?:[ \t]+[A-Za-z][A-Za-z’'-]*){0,2}[ \t]+(\d{1,2})(?![\d.,]*\d|[A-Za-z%‰]|[ \t]*[%‰]|[ \t]+[a-z]|[ \t]*[-–—~][ \t]*\d|\))/;
const LABEL_ZH = /^[\p{sc=Han}]{0,4}?(?:目标|任务|举措|措施|建议|要求|重点|方向|项目|课题|专题|指标|行动|工程|计划|阶段|模块|领域|原则)[ \t]*(\d{1,2}|[一二三四五六七八九十]{1,3})(?=$|[：:、.．\s（(—-])/u;

/** The number a heading's title gives the plan item it names (3 for "Objective 3: Reduce cost"), if it names one. */
export function labelNumber(title: string): number | undefined {
  const t = title.replace(/^\*\*|^__/, '').trimStart();
  const en = LABEL_EN.exec(t);
  if (en) return Number(en[1]);
  const zh = LABEL_ZH.exec(t);
  if (!zh) return undefined;
  return /^\d+$/.test(zh[1]) ? Number(zh[1]) : parseChineseNumeral(zh[1]);
}

/**
 * A line that labels a group of the items listed under a paragraph, by a word and its number, then a short title:
 * "Theme 1: Safer streets", "Priority 2: Ending rough sleeping", "Risk 3 – Staff readiness", "Stage 2. Main works
 * (October–March)", 主题一：服务可及性, 风险2——数据质量. The numbered items under it are that group's (restarting at 1.
 * under each label, or running on), not sections of the document's own top level. Not the document's own units
 * (Section 3, Part 2, Appendix A, 附件1: the outline reads those as headings or part breaks), a caption (Table 2:), a
 * sentence (Theme 1 was raised most often.), nor a title ending as a sentence or clause does.
 */
const GROUP_LABEL_NOT =
  'The|Our|Their|Its|Top|Next|Last|First|Over|Under|In|For|With|About|All|These|Those|Some|Only|Every|Each|Around|Nearly|Almost|Up|To|Of|By|At|From|' +
  'Section|SECTION|Part|PART|Chapter|CHAPTER|Appendix|APPENDIX|Annex|ANNEX|Annexe|Schedule|Attachment|Enclosure|Item|ITEM|Article|Clause|Paragraph|Para|Rule|Regulation|Volume|Book|Title|Minute|Agenda|' +
  'Table|TABLE|Figure|FIGURE|Fig|Chart|Graph|Diagram|Map|Photo|Box|Exhibit|Panel|Page|Note|Source|Version|Release';
const GROUP_LABEL_EN = new RegExp(
  String.raw`^[ \t]*(?!(?:${GROUP_LABEL_NOT})\b)([A-Z][A-Za-z’'-]*(?:[ \t]+[A-Za-z][A-Za-z’'-]*){0,2})[ \t]+(\d{1,2}|[A-Z]|[IVX]{2,4})(?:[ \t]*[:.]|[ \t]+[–—-])[ \t]*[A-Z"“‘(][^.!?;:,]{0,80}$`,
);
const GROUP_LABEL_NOT_WORD = new RegExp(`^(?:${GROUP_LABEL_NOT})$`);
const GROUP_LABEL_ZH = /^[ \t\u3000]*(?![附议第注表图])(\p{sc=Han}{1,3}?)([一二三四五六七八九十]{1,3}|\d{1,2})[ \t]*(?:[：:]|——|—|-)[ \t]*[\p{sc=Han}“（(A-Za-z][^。！？；：:，,]{0,40}$/u;

/** 第一类：资源发包型。共74个村…: a paragraph that opens with the ordinal of its kind (类, 组, 种, 批, 档) and a colon. */
const ZH_ORDINAL_LABEL = /^[ \t\u3000]*第([一二三四五六七八九十]{1,3}|\d{1,2})(类|類|组|組|种|種|批|档|檔)[ \t]*[：:]/u;

/** Whether a line's text labels a group of items (GROUP_LABEL_EN, GROUP_LABEL_ZH). */
export function isGroupLabel(prose: string): boolean {
  if (prose.length > 100) return false;
  return englishLabel(prose) !== null || GROUP_LABEL_ZH.test(prose);
}

/**
 * GROUP_LABEL_EN, its word in lower case somewhere (not REPORT FOR ITEM 5: BUS SHELTER, a title in capitals) and not
 * ending on a unit of the document (Report for Item 5: Bus shelter).
 */
function englishLabel(text: string): RegExpExecArray | null {
  const m = GROUP_LABEL_EN.exec(text);
  if (!m || !/[a-z]/.test(m[1])) return null;
  const last = /\S+$/.exec(m[1])![0];
  return GROUP_LABEL_NOT_WORD.test(last) ? null : m;
}

export interface GroupLabel {
  /** The label's word, lower-cased (theme, priority, 主题). */
  word: string;
  /** 1 for Theme 1, Theme A, Theme I, 主题一. */
  value: number;
  /** Columns of the label (word and number) in the line. */
  start: number;
  end: number;
}

/**
 * The group label a line's text is (isGroupLabel), also set in bold or as a Markdown heading (**Theme 1: Safer
 * streets**, ### Priority 2: Housing), or a paragraph opening with its kind's ordinal (第一类：…), for a count of the groups to be checked against the labels.
 */
export function readGroupLabel(prose: string): GroupLabel | undefined {
  const ordinal = ZH_ORDINAL_LABEL.exec(prose);
  if (ordinal) {
    const value = /^\d+$/.test(ordinal[1]) ? Number(ordinal[1]) : parseChineseNumeral(ordinal[1]);
    const start = ordinal[0].length - ordinal[0].trimStart().length;
    return value ? { word: ordinal[2], value, start, end: start + 2 + ordinal[1].length } : undefined;
  }
  if (prose.length > 100) return undefined;
  const wrapped = /^([ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?)(.*?)(?:\*\*|__)?[ \t]*$/.exec(prose)!;
  const lead = wrapped[1].length;
  const text = wrapped[2];
  const en = englishLabel(text);
  const zh = en ? null : GROUP_LABEL_ZH.exec(text);
  const m = en ?? zh;
  if (!m) return undefined;
  const label = m[2];
  const value = /^\d+$/.test(label) ? Number(label) : zh ? parseChineseNumeral(label) : label.length === 1 ? label.charCodeAt(0) - 64 : parseRoman(label);
  if (value === undefined || value < 1) return undefined;
  const start = lead + m[0].length - m[0].trimStart().length;
  return { word: m[1].toLowerCase(), value, start, end: lead + m.index + m[0].indexOf(label, m[1].length) + label.length };
}
