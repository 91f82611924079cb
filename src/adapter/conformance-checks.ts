// The checks the conformance suite's cases are made of: each failure says what to fix, in words.
import { HARMONY_ERROR_CODES, HarmonyError, type HarmonyErrorCode } from './errors.js';
import { isSafeNavigableUrl } from './url-policy.js';

export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

export function checkShape(problems: string[], what: string): void {
  check(problems.length === 0, `${what} has the wrong shape: ${problems.join('; ')}`);
}

/** URLs are shown, copied and opened by the elements, which refuse any that `isSafeNavigableUrl` rejects. */
export function checkUrl(url: string | undefined, apiOrigin: string | undefined, what: string): void {
  if (url === undefined) return;
  check(
    isSafeNavigableUrl(url, apiOrigin),
    `${what} '${url}' would be refused by the elements: use https: (or http: on the API origin)`,
  );
}

export async function expectRejection(
  promise: Promise<unknown>,
  code: HarmonyErrorCode,
  what: string,
): Promise<void> {
  let settled: { value: unknown } | { error: unknown };
  try {
    settled = { value: await promise };
  } catch (error) {
    settled = { error };
  }
  check('error' in settled, `${what} should reject with '${code}' but resolved`);
  const { error } = settled;
  check(error instanceof HarmonyError, `${what} should reject with a HarmonyError, got ${describe(error)}`);
  check(
    (HARMONY_ERROR_CODES as readonly string[]).includes(error.code),
    `${what} rejected with unknown code '${error.code}'`,
  );
  check(error.code === code, `${what} should reject with '${code}', got '${error.code}'`);
}

/** A refusal of a request the caller should not have made: any documented code but `aborted`. */
export async function expectRefusal(promise: Promise<unknown>, what: string): Promise<void> {
  let settled: { value: unknown } | { error: unknown };
  try {
    settled = { value: await promise };
  } catch (error) {
    settled = { error };
  }
  check('error' in settled, `${what} should be refused with a HarmonyError but resolved`);
  const { error } = settled;
  check(error instanceof HarmonyError, `${what} should reject with a HarmonyError, got ${describe(error)}`);
  check(
    (HARMONY_ERROR_CODES as readonly string[]).includes(error.code) && error.code !== 'aborted',
    `${what} should be refused with a documented code other than 'aborted', got '${error.code}'`,
  );
}

export function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return JSON.stringify(value) ?? String(value);
}

export function abortedSignal(): AbortSignal {
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}
