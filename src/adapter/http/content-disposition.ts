/**
 * The filename a `Content-Disposition` header suggests, made safe to hand to a download: RFC 6266
 * `filename*` (RFC 5987 `UTF-8''…`) wins over plain `filename`; `undefined` when neither gives a name.
 */
export function filenameFromContentDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^;]+)/i.exec(header)?.[1];
  const plain = /(?:^|;)\s*filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/i.exec(header)?.[1];
  const candidates = [extended && decodeExtendedValue(extended.trim()), plain && unquote(plain.trim())];
  for (const candidate of candidates) {
    const safe = candidate ? sanitizeFilename(candidate) : '';
    if (safe) return safe;
  }
  return undefined;
}

function decodeExtendedValue(value: string): string | undefined {
  const match = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const [, charset = '', encoded = ''] = match;
  try {
    if (/^utf-8$/i.test(charset)) return decodeURIComponent(encoded);
    // ISO-8859-1 is the one other charset RFC 5987 requires; each %XX byte is one code point.
    if (/^iso-8859-1$/i.test(charset)) {
      return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  } catch {
    // Malformed percent-encoding: fall back to the plain filename.
  }
  return undefined;
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  return value.slice(1, -1).replace(/\\(.)/g, '$1');
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE_IN_FILENAME = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A server must not be able to pick where a file lands or disguise what it is: keep the last path
 * segment, drop control and bidi-override characters (which can make "fdp.exe" read as "exe.pdf"),
 * drop leading dots (hidden files, "..") and keep the name to a length every file system accepts.
 */
function sanitizeFilename(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  return lastSegment.replace(UNSAFE_IN_FILENAME, '').trim().replace(/^\.+/, '').slice(0, 200).trim();
}
