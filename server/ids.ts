const WELL_FORMED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids and tokens only ever use these characters, so anything else can be answered 404 without a lookup. */
export function isWellFormedId(value: unknown): value is string {
  return typeof value === 'string' && WELL_FORMED_ID.test(value);
}
