const MAX_NEXT_LENGTH = 2048;

/**
 * Where to go after signing in: only a path on this site. "//host" and "/\host" are refused because
 * browsers read them as another origin, and so is any control character or space, which browsers
 * strip before parsing (so "/\t/host" would become "//host").
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_NEXT_LENGTH) return '/';
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(value) || value.includes('\\')) return '/';
  return value;
}
