// Array operations on lists as long as a draft (its lines, markers, sentences): spreading such a list into one call's
// arguments (`splice(at, n, ...items)`, `Math.max(...values)`) overflows the stack past ≈ 100,000 items.

/** Bigger lists are not spread into a call. */
const SPREAD_LIMIT = 8192;

/** `target.splice(start, deleteCount, ...items)`, for any number of items, in time linear in the array. */
export function spliceAll<T>(target: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length <= SPREAD_LIMIT) {
    target.splice(start, deleteCount, ...items);
    return;
  }
  const tail = target.slice(start + deleteCount);
  target.length = start;
  for (const item of items) target.push(item);
  for (const item of tail) target.push(item);
}

/** `target.push(...items)`, for any number of items. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  if (items.length <= SPREAD_LIMIT) target.push(...items);
  else for (const item of items) target.push(item);
}

/** The largest of the values (-Infinity for none), as Math.max(...values) without the spread. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

/** The smallest of the values (Infinity for none). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}
