// The last value computed from a list of inputs, given again while the inputs are the same objects in the same order.
// A document-wide fix (every half-width mark of a draft, every ruby annotation) is put together from each
// paragraph's or line's own edits, kept per unit; after an edit elsewhere the list of units is the same, and so is
// the fix: the same array, not tens of thousands of edits copied again.
//
// Both held weakly: the last lint's findings hold them (the fix built from the inputs, the value) while the draft is
// open; once it is closed they go with them. Held strongly, the last value kept the closed 3 MB draft's 5,530 lines
// with ruby, their text and the whole draft's string in the lint worker until another draft with ruby came
// (docs/performance.md, perf56).

export class LastResult<T extends object> {
  private inputs?: WeakRef<readonly unknown[]>;
  private value?: WeakRef<T>;

  get(inputs: readonly unknown[], compute: () => T): T {
    const was = this.inputs?.deref();
    const value = this.value?.deref();
    if (was && value !== undefined && inputs.length === was.length && inputs.every((x, i) => x === was[i])) return value;
    const computed = compute();
    this.value = new WeakRef(computed);
    this.inputs = new WeakRef(inputs);
    return computed;
  }
}
