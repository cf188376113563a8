// Searches in lists kept in text order (line numbers, offsets, markers): one binary search for the whole engine.

/**
 * The index of the first element for which `after` holds, given that it holds for every element after that one
 * (`list.length` when it holds for none). By halves, so a reader that looks up every item of a long draft stays linear.
 */
export function firstAt<T>(list: ArrayLike<T>, after: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * How many items at the head and at the tail of a list are unchanged since its last version (`same(i, j)`: item i now
 * is item j then), the two ends not overlapping: what a kept result must re-read lies between them.
 */
export function unchangedEnds(n: number, m: number, same: (i: number, j: number) => boolean): [head: number, tail: number] {
  let head = 0;
  while (head < n && head < m && same(head, head)) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && same(n - 1 - tail, m - 1 - tail)) tail++;
  return [head, tail];
}

/** Where `value` is in the ascending `sorted`, or -1. */
export function indexOfSorted(sorted: ArrayLike<number>, value: number): number {
  const i = firstAt(sorted, (x) => x >= value);
  return i < sorted.length && sorted[i] === value ? i : -1;
}
