// The pairs of count columns of a table whose quotient gives its rate column: shared by the rate checks of space-aligned
// tables (space-table-totals.ts) and of pipe tables (pipe-table-rates.ts).

/** A part column `p`, a whole column `w`, and the rows whose rate does not follow from them. */
export interface ColumnPair<R> {
  p: number;
  w: number;
  odd: R[];
}

/**
 * Every ordered pair of the `amounts` columns that at least three rows' rates agree with (part ÷ whole, as `fits` judges
 * a row: true, false, or undefined where the row cannot say), with one row at most that disagrees.
 */
export function agreeingPairs<R>(amounts: readonly number[], read: readonly R[], fits: (x: R, p: number, w: number) => boolean | undefined): ColumnPair<R>[] {
  const pairs: ColumnPair<R>[] = [];
  for (const p of amounts) {
    for (const w of amounts) {
      if (p === w) continue;
      const verdicts = read.map((x) => fits(x, p, w));
      const agree = verdicts.filter((v) => v === true).length;
      const odd = read.filter((_, i) => verdicts[i] === false);
      if (agree >= 3 && odd.length <= 1) pairs.push({ p, w, odd });
    }
  }
  return pairs;
}
