// Word's automatic numbering (word/numbering.xml), computed the way Word draws it, so the reader sees 一、
// （一） 1. （1） where the document shows them even though nobody typed them.
//
// A paragraph names a list instance (w:num, by w:numId) and a level (w:ilvl), directly or through its style.
// The instance points at an abstract definition (w:abstractNum) whose levels give the format (w:numFmt), the
// text (w:lvlText, e.g. `（%1）` or `%1.%2`), the start (w:start) and when the level restarts (w:lvlRestart).
// Counters run per abstract definition, as Word keeps them: instances sharing one definition continue each
// other, and an instance with w:lvlOverride/w:startOverride restarts its level the first time it is used.

import { formatListNumber } from './number-formats';
import type { StyleSheet } from './styles';
import { childElements, isElement, MARKUP_COMPATIBILITY, wAttr, wChild, wChildren, wFlag, wInt, wVal, type Document, type Element } from './xml';

interface Level {
  start: number;
  format: string;
  /** w:lvlText; undefined means the level draws no number. */
  text?: string;
  /** w:lvlRestart: 0 never restarts; n restarts when a level above n (1-based) is used; undefined: after any level above. */
  restart?: number;
  /** w:isLgl: every level's number is shown in Arabic digits (1.1 under 第一章). */
  legal: boolean;
  suffix: string;
  /** The paragraph style linked to this level (Heading 1 → level 0). */
  style?: string;
  pPr?: Element;
}

interface AbstractList {
  id: string;
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives in the list a numbering style points at. */
  numStyleLink?: string;
}

interface ListInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface ListNumber {
  /** The number as drawn, with what follows it (a tab, a space, or nothing). */
  text: string;
  /** The level's paragraph properties (its indent applies to the paragraph). */
  levelPPr?: Element;
}

const LEVELS = 9;

export class Numbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(
    doc: Document | undefined,
    private readonly styles: StyleSheet,
  ) {
    const root = doc?.documentElement ?? undefined;
    for (const a of wChildren(root, 'abstractNum')) {
      const id = wAttr(a, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of wChildren(a, 'lvl')) {
        const ilvl = wInt(lvl, 'ilvl');
        if (ilvl !== undefined && ilvl >= 0 && ilvl < LEVELS) levels.set(ilvl, readLevel(lvl));
      }
      this.abstracts.set(id, { id, levels, numStyleLink: wVal(a, 'numStyleLink') });
    }
    for (const n of wChildren(root, 'num')) {
      const numId = wAttr(n, 'numId');
      const abstractId = wVal(n, 'abstractNumId');
      if (numId === undefined || abstractId === undefined) continue;
      const overrides: ListInstance['overrides'] = new Map();
      for (const o of wChildren(n, 'lvlOverride')) {
        const ilvl = wInt(o, 'ilvl');
        if (ilvl === undefined) continue;
        const start = wInt(wChild(o, 'startOverride'), 'val');
        const lvl = wChild(o, 'lvl');
        overrides.set(ilvl, { start, level: lvl ? readLevel(lvl) : undefined });
      }
      this.instances.set(numId, { abstractId, overrides });
    }
  }

  /**
   * The number of the next paragraph in list `numId` at level `ilvl` (level from the style link when the
   * paragraph names none), advancing the counters. Undefined when the paragraph is not numbered.
   */
  next(numId: string | undefined, ilvl: number | undefined, styleId: string | undefined): ListNumber | undefined {
    if (numId === undefined || numId === '0') return undefined;
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const abstract = this.definition(instance.abstractId);
    if (!abstract) return undefined;
    const level = ilvl ?? this.levelOfStyle(abstract, styleId) ?? 0;
    const levelOf = (k: number): Level | undefined => instance.overrides.get(k)?.level ?? abstract.levels.get(k);
    const def = levelOf(level);
    if (!def) return undefined;

    let counters = this.counters.get(abstract.id);
    if (!counters) this.counters.set(abstract.id, (counters = new Array<number | undefined>(LEVELS).fill(undefined)));
    const override = instance.overrides.get(level)?.start;
    const key = `${numId}:${level}`;
    if (override !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      counters[level] = override - 1;
    }
    counters[level] = (counters[level] ?? def.start - 1) + 1;
    for (let k = level + 1; k < LEVELS; k++) {
      const restart = levelOf(k)?.restart;
      if (restart === undefined || (restart !== 0 && level < restart)) counters[k] = undefined;
    }
    if (def.text === undefined || def.format === 'none') return { text: '', levelPPr: def.pPr };
    if (def.format === 'bullet') return { text: '', levelPPr: def.pPr };
    const text = def.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const ref = levelOf(k);
      if (!ref) return '';
      const value = counters![k] ?? ref.start;
      return formatListNumber(value, def.legal && ref.format !== 'none' ? 'decimal' : ref.format);
    });
    return { text: text + def.suffix, levelPPr: def.pPr };
  }

  /** Follows w:numStyleLink to the definition that holds the levels (a list style's own list). */
  private definition(abstractId: string): AbstractList | undefined {
    let abstract = this.abstracts.get(abstractId);
    for (let hops = 0; abstract?.numStyleLink && hops < 5; hops++) {
      const { numId } = this.styles.numbering(undefined, abstract.numStyleLink);
      const target = numId === undefined ? undefined : this.instances.get(numId);
      const next = target ? this.abstracts.get(target.abstractId) : undefined;
      if (!next || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  private levelOfStyle(abstract: AbstractList, styleId: string | undefined): number | undefined {
    if (!styleId) return undefined;
    for (const [ilvl, level] of abstract.levels) if (level.style === styleId) return ilvl;
    return undefined;
  }
}

function readLevel(lvl: Element): Level {
  const suffix = wVal(lvl, 'suff');
  return {
    start: wInt(wChild(lvl, 'start'), 'val') ?? 0,
    format: wVal(lvl, 'numFmt') ?? fallbackFormat(lvl) ?? 'decimal',
    text: wVal(lvl, 'lvlText'),
    restart: wInt(wChild(lvl, 'lvlRestart'), 'val'),
    legal: wFlag(lvl, 'isLgl') === true,
    suffix: suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t',
    style: wVal(lvl, 'pStyle'),
    pPr: wChild(lvl, 'pPr'),
  };
}

/** Word 2010 writes custom formats inside mc:AlternateContent, with a plain w:numFmt as the fallback. */
function fallbackFormat(lvl: Element): string | undefined {
  for (const alt of childElements(lvl)) {
    if (alt.localName !== 'AlternateContent' || alt.namespaceURI !== MARKUP_COMPATIBILITY) continue;
    const fallback = childElements(alt).find((c) => isElement(c) && c.localName === 'Fallback');
    const format = wVal(fallback, 'numFmt');
    if (format) return format;
  }
  return undefined;
}
