import { randomBytes } from 'node:crypto';

/** A CSPRNG token, base64url: 16 bytes (128 bits) give 22 characters. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
