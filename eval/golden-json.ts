// Readers for the expected-output JSON of other parsers, whose shape we do not control: every
// reader answers null (or an empty list) rather than throwing on a missing or odd value.

export type JsonObject = Readonly<Record<string, unknown>>;

/** Returns the value as an object, or null when it is not a plain object. */
export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** Returns object[key] as an object, or null. */
export function getObject(object: JsonObject | null, key: string): JsonObject | null {
  return asObject(object?.[key]);
}

/** Returns object[key] as a list, or an empty list. */
export function getArray(object: JsonObject | null, key: string): readonly unknown[] {
  const value = object?.[key];
  return Array.isArray(value) ? value : [];
}

/** Returns object[key] as text (numbers and booleans written out), or null when absent or blank. */
export function getString(object: JsonObject | null, key: string): string | null {
  return asText(object?.[key]);
}

/** Returns a scalar as text, or null when it is absent, blank or not a scalar. */
export function asText(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value;
}

/** Returns the list's elements that are objects. */
export function objectsOf(list: readonly unknown[]): JsonObject[] {
  return list.map(asObject).filter((object): object is JsonObject => object !== null);
}
