// The last value computed from a list of inputs, given again while the inputs are the same objects in the same order.
// A document-wide fix (every half-width mark of a draft, every ruby annotation) is put together from each
// paragraph's or line's own edits, kept per unit; after an edit elsewhere the list of units is the same, and so is
// the fix: the same array, not tens of thousands of edits copied again.

// Kept per document (by the memo its versions share), so a closed document's inputs go with its model: a module-wide
// last value held the closed 3 MB draft's 5,530 lines with ruby, their text and the whole draft's string (≈ 5 MB of
// the worker's heap) until another draft with ruby came (docs/performance.md, perf56).

export class LastResult<T> {
  private readonly last = new WeakMap<object, { inputs: readonly unknown[]; value: T }>();

  /** `memo`: the document's (ReportDocument.memo, shared by its versions). */
  get(memo: object, inputs: readonly unknown[], compute: () => T): T {
    const last = this.last.get(memo);
    if (last && inputs.length === last.inputs.length && inputs.every((x, i) => x === last.inputs[i])) return last.value;
    const value = compute();
    this.last.set(memo, { inputs, value });
    return value;
  }
}
