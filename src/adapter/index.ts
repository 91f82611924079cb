export type * from './types.js';
export { DEFAULT_COMPANION_SUGGESTION, DEFAULT_REPORT_FILENAME } from './types.js';
export { HARMONY_ERROR_CODES, HarmonyError, isHarmonyError } from './errors.js';
export { codeForStatus } from './http/status.js';
export type { HarmonyErrorCode, HarmonyErrorOptions } from './errors.js';
export { getDefaultAdapter, setDefaultAdapter } from './default-adapter.js';
export { isSafeNavigableUrl, pageHttpOrigin } from './url-policy.js';
export { MemoryAdapter } from './memory-adapter.js';
export type {
  InjectedFailure,
  MemoryAdapterMethod,
  MemoryAdapterOptions,
  MemoryConversationRecord,
} from './memory-adapter.js';
export { FetchAdapter, createFetchAdapter } from './fetch-adapter.js';
export type { FetchAdapterOptions } from './fetch-adapter.js';
