import type { HarmonyAdapter } from './types.js';

const REQUIRED = ['getConversation', 'getInsights', 'createShareLink', 'startCompanionThread'] as const;
const OPTIONAL = [
  'getTranscript',
  'revokeShareLink',
  'getShareAudience',
  'checkShareAccess',
  'downloadReport',
] as const;

/**
 * What keeps `value` from being used as a `HarmonyAdapter`, in words a host developer can act on; empty
 * when it is usable. Hosts set adapters from untyped code (React props, plain JS, a string attribute),
 * so this is checked at run time, not only by TypeScript.
 */
export function adapterProblems(value: unknown): string[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    const shown =
      typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : String(value);
    return [`it is ${shown}, not an object`];
  }
  const methods = value as Record<string, unknown>;
  const problems = REQUIRED.filter((name) => typeof methods[name] !== 'function').map(
    (name) => `it has no ${name}() method`,
  );
  for (const name of OPTIONAL) {
    if (methods[name] !== undefined && typeof methods[name] !== 'function')
      problems.push(`its ${name} is not a function`);
  }
  return problems;
}

export function isUsableAdapter(value: unknown): value is HarmonyAdapter {
  return adapterProblems(value).length === 0;
}
