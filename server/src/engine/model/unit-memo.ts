// What the model reads from one line or one paragraph alone, kept with that object: a line or paragraph that an edit
// did not touch is the same object in the next version of the model (model/incremental.ts), so what was read from
// it once is not read again. Each slot holds one pure function of the unit's content: never of its position,
// section or neighbours (a value that depends on a neighbour is kept with it, and checked, by its reader).

import type { AmountChange } from './amount-changes';
import type { Breakdown } from './breakdowns';
import type { DateMention } from './dates';
import type { EnumerationItem } from './enumerations';
import type { Figure } from './numbers';
import type { Paragraph } from './paragraphs';
import type { RateClaim } from './rate-claims';

/**
 * What the model reads from one paragraph, in one object per paragraph (undefined: not read yet). One record with a
 * field per reading, not a weak map per reading: on a 3 MB draft (6,000 paragraphs) nine weak maps' tables held
 * ≈ 2.3 MB of the worker's heap, the records hold ≈ 0.6 MB with their one map.
 */
export class ParagraphReadings {
  figures: readonly Figure[] | undefined = undefined;
  percents: readonly Figure[] | undefined = undefined;
  pointChanges: readonly Figure[] | undefined = undefined;
  rateClaims: readonly RateClaim[] | undefined = undefined;
  breakdowns: readonly Breakdown[] | undefined = undefined;
  dates: readonly DateMention[] | undefined = undefined;
  amountChanges: readonly AmountChange[] | undefined = undefined;
  enumerationItems: readonly EnumerationItem[] | undefined = undefined;
  firstly: number | undefined = undefined;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * A list kept for the life of its unit, at its own size: no list when it is empty (most paragraphs have no rate claim,
 * breakdown, date or amount change: ≈ 40,000 empty lists on a 3 MB draft, 32 bytes each), and no room left over from
 * growing it by push (a list grown from empty has room for 17 items).
 */
export function kept<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/** Slots whose values are booleans (markers.ts's column gaps and pipe cells, asked of every line), by their read bit. */
const FLAG_SLOTS = new Map<string, number>([
  ['column-gap', 1 << 0],
  ['pipe-cell', 1 << 2],
]);

export class UnitMemo {
  private readonly slots = new Map<string, WeakMap<object, unknown>>();
  private readonly paragraphs = new WeakMap<Paragraph, ParagraphReadings>();
  /**
   * The paragraph last asked for and its readings: a rule asks for several readings of one paragraph in a row
   * (figuresIn, percentsIn, breakdownsIn…), and a weak map's lookup was ≈ 0.8 % of a 3 MB draft's lint (perf43warm).
   * A paragraph's readings object never changes once made, so the pair is always the map's.
   */
  private lastParagraph: Paragraph | undefined = undefined;
  private lastReadings: ParagraphReadings | undefined = undefined;

  /** The readings of one paragraph (made when first asked for). */
  paragraph(paragraph: Paragraph): ParagraphReadings {
    if (paragraph === this.lastParagraph) return this.lastReadings!;
    let readings = this.paragraphs.get(paragraph);
    if (!readings) this.paragraphs.set(paragraph, (readings = new ParagraphReadings()));
    this.lastParagraph = paragraph;
    this.lastReadings = readings;
    return readings;
  }

  /**
   * The yes-or-no slots (FLAG_SLOTS) of every unit, two bits a slot (read, and the answer) in one number per unit: a weak
   * map per slot held an entry for every line of the draft (≈ 7,900 on the 3 MB draft, a 256 KB table each; perf80).
   */
  private readonly flags = new WeakMap<object, number>();

  /** The value of `compute` for `unit`, computed once per unit and slot. */
  get<T>(slot: string, unit: object, compute: () => T): T {
    const bit = FLAG_SLOTS.get(slot);
    if (bit !== undefined) {
      const known = this.flags.get(unit) ?? 0;
      if ((known & bit) !== 0) return ((known & (bit << 1)) !== 0) as T;
      const computed = compute();
      this.flags.set(unit, known | bit | (computed ? bit << 1 : 0));
      return computed;
    }
    const values = this.values(slot);
    const value = values.get(unit) as T | undefined;
    if (value !== undefined || values.has(unit)) return value as T;
    const computed = compute();
    values.set(unit, computed);
    return computed;
  }

  /** What is kept for `unit` in `slot`, if anything. */
  peek<T>(slot: string, unit: object): T | undefined {
    return this.values(slot).get(unit) as T | undefined;
  }

  set(slot: string, unit: object, value: unknown): void {
    this.values(slot).set(unit, value);
  }

  private values(slot: string): WeakMap<object, unknown> {
    let values = this.slots.get(slot);
    if (!values) this.slots.set(slot, (values = new WeakMap()));
    return values;
  }
}
