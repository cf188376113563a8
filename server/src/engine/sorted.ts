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

/** Where `value` is in the ascending `sorted`, or -1. */
export function indexOfSorted(sorted: ArrayLike<number>, value: number): number {
  const i = firstAt(sorted, (x) => x >= value);
  return i < sorted.length && sorted[i] === value ? i : -1;
}
