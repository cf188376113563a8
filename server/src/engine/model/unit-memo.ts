// What the model reads from one line or one paragraph alone, kept with that object: a line or paragraph that an edit
// did not touch is the same object in the next version of the model (model/incremental.ts), so what was read from
// it once is not read again. Each slot holds one pure function of the unit's content: never of its position,
// section or neighbours.

export class UnitMemo {
  private readonly slots = new Map<string, WeakMap<object, unknown>>();

  /** The value of `compute` for `unit`, computed once per unit and slot. */
  get<T>(slot: string, unit: object, compute: () => T): T {
    let values = this.slots.get(slot);
    if (!values) this.slots.set(slot, (values = new WeakMap()));
    if (values.has(unit)) return values.get(unit) as T;
    const value = compute();
    values.set(unit, value);
    return value;
  }
}
