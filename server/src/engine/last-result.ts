// The last value computed from a list of inputs, given again while the inputs are the same objects in the same order.
// A document-wide fix (every half-width mark of a draft, every ruby annotation) is put together from each
// paragraph's or line's own edits, kept per unit; after an edit elsewhere the list of units is the same, and so is
// the fix: the same array, not tens of thousands of edits copied again.

export class LastResult<T> {
  private inputs: readonly unknown[] = [];
  private value?: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (this.value !== undefined && inputs.length === this.inputs.length && inputs.every((x, i) => x === this.inputs[i])) return this.value;
    this.value = compute();
    this.inputs = inputs;
    return this.value;
  }
}
