// What the model reads from one line or one paragraph alone, kept with that object: a line or paragraph that an edit
// did not touch is the same object in the next version of the model (model/incremental.ts), so what was read from
// it once is not read again. Each slot holds one pure function of the unit's content: never of its position,
// section or neighbours (a value that depends on a neighbour is kept with it, and checked, by its reader).

export class UnitMemo {
  private readonly slots = new Map<string, WeakMap<object, unknown>>();

  /** The value of `compute` for `unit`, computed once per unit and slot. */
  get<T>(slot: string, unit: object, compute: () => T): T {
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
