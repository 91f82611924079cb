import assert from 'node:assert/strict';
import { HarmonyError } from '../../../src/adapter/errors.js';
import type { HarmonyErrorCode } from '../../../src/adapter/errors.js';

/** Awaits a call that must reject with a HarmonyError of `code`, and returns that error for more checks. */
export async function rejectsWith(promise: Promise<unknown>, code: HarmonyErrorCode): Promise<HarmonyError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof HarmonyError, `expected a HarmonyError, got ${String(error)}`);
    assert.equal(error.code, code, `expected code ${code}, got ${error.code}: ${error.message}`);
    return error;
  }
  assert.fail(`expected a rejection with code ${code}, but the call resolved`);
}
