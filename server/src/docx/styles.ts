// Paragraph and run properties as Word resolves them: the paragraph's own, then its style and the styles that
// style is based on, then the document defaults. Only the properties the reader needs are resolved: list
// numbering (w:numPr), outline level (headings), alignment, first-line indent, and hidden text.

import { wAttr, wChild, wChildren, wFlag, wInt, wVal, type Document, type Element } from './xml';

interface Style {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  pPr?: Element;
  rPr?: Element;
}

export interface NumberingReference {
  numId?: string;
  ilvl?: number;
}

/** How far a style chain is followed: a loop (A based on B based on A) in a damaged file must not hang. */
const MAX_CHAIN = 20;

export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private readonly defaultParagraphStyle?: string;
  private readonly defaultPPr?: Element;
  private readonly defaultRPr?: Element;

  constructor(doc: Document | undefined) {
    const root = doc?.documentElement ?? undefined;
    let defaultParagraph: string | undefined;
    for (const s of wChildren(root, 'style')) {
      const id = wAttr(s, 'styleId');
      if (!id) continue;
      const type = wAttr(s, 'type') ?? 'paragraph';
      this.styles.set(id, { id, type, name: wVal(s, 'name') ?? id, basedOn: wVal(s, 'basedOn'), pPr: wChild(s, 'pPr'), rPr: wChild(s, 'rPr') });
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(s, 'default') ?? '')) defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
    const defaults = wChild(root, 'docDefaults');
    this.defaultPPr = wChild(wChild(defaults, 'pPrDefault'), 'pPr');
    this.defaultRPr = wChild(wChild(defaults, 'rPrDefault'), 'rPr');
  }

  /** The paragraph style in force: the named one, else the document's default paragraph style. */
  paragraphStyle(pPr: Element | undefined): string | undefined {
    const id = wVal(pPr, 'pStyle');
    return id && this.styles.has(id) ? id : this.defaultParagraphStyle;
  }

  styleName(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.styles.get(id)?.name;
  }

  /** The w:pPr of a style and its ancestors, nearest first. */
  private chain(id: string | undefined, part: 'pPr' | 'rPr'): Element[] {
    const out: Element[] = [];
    const seen = new Set<string>();
    for (let s = id ? this.styles.get(id) : undefined; s && !seen.has(s.id) && out.length < MAX_CHAIN; s = s.basedOn ? this.styles.get(s.basedOn) : undefined) {
      seen.add(s.id);
      const props = s[part];
      if (props) out.push(props);
    }
    return out;
  }

  /** The list a paragraph belongs to: its own w:numPr, else its style's (numId and ilvl resolved separately). */
  numbering(pPr: Element | undefined, styleId: string | undefined): NumberingReference {
    const own = wChild(pPr, 'numPr');
    let numId = wVal(own, 'numId');
    let ilvl = parseLevel(wVal(own, 'ilvl'));
    for (const props of this.chain(styleId, 'pPr')) {
      const numPr = wChild(props, 'numPr');
      if (!numPr) continue;
      numId ??= wVal(numPr, 'numId');
      ilvl ??= parseLevel(wVal(numPr, 'ilvl'));
      if (numId !== undefined && ilvl !== undefined) break;
    }
    return { numId, ilvl };
  }

  /** Outline level 0–8 (a heading), from the paragraph or its style; 9 and absent mean body text. */
  outlineLevel(pPr: Element | undefined, styleId: string | undefined): number | undefined {
    for (const props of [pPr, ...this.chain(styleId, 'pPr')]) {
      const level = wVal(props, 'outlineLvl');
      if (level !== undefined) {
        const n = Number.parseInt(level, 10);
        return n >= 0 && n <= 8 ? n : undefined;
      }
    }
    return undefined;
  }

  alignment(pPr: Element | undefined, styleId: string | undefined): string | undefined {
    for (const props of [pPr, ...this.chain(styleId, 'pPr'), this.defaultPPr]) {
      const jc = wVal(props, 'jc');
      if (jc !== undefined) return jc;
    }
    return undefined;
  }

  /** Whether the first line is indented (首行缩进): by the paragraph, its list level, its style or the defaults. */
  firstLineIndented(pPr: Element | undefined, levelPPr: Element | undefined, styleId: string | undefined): boolean {
    for (const props of [pPr, levelPPr, ...this.chain(styleId, 'pPr'), this.defaultPPr]) {
      const ind = wChild(props, 'ind');
      if (!ind) continue;
      if (wAttr(ind, 'hanging') !== undefined || wAttr(ind, 'hangingChars') !== undefined) {
        if ((wInt(ind, 'hanging') ?? 0) > 0 || (wInt(ind, 'hangingChars') ?? 0) > 0) return false;
      }
      const chars = wInt(ind, 'firstLineChars');
      if (chars !== undefined) return chars > 0;
      const twips = wInt(ind, 'firstLine');
      if (twips !== undefined) return twips > 0;
    }
    return false;
  }

  /** Hidden text (w:vanish) by the run, its character style, the paragraph style or the defaults. */
  runHidden(rPr: Element | undefined, paragraphStyle: string | undefined): boolean {
    const sources = [rPr, ...this.chain(wVal(rPr, 'rStyle'), 'rPr'), ...this.chain(paragraphStyle, 'rPr'), this.defaultRPr];
    for (const props of sources) {
      const hidden = wFlag(props, 'vanish');
      if (hidden !== undefined) return hidden;
    }
    return false;
  }
}

function parseLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return n >= 0 && n <= 8 ? n : undefined;
}
