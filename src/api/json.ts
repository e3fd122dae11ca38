// The model's types are deeply readonly; the response schemas' types are not. The JSON on the
// wire is the same either way, so this only drops `readonly` for the compiler.

export type Writable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends ReadonlyArray<infer U>
    ? Writable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

/** Returns value, typed without readonly. */
export function asJson<T>(value: T): Writable<T> {
  return value as Writable<T>;
}
