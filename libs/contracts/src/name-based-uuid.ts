import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562) made from a name: the same name gives the same id, every
 * time and on every replica. For ids that must come out the same when their cause is
 * handled again, as after a database restore, where a random id would be a second thing.
 */
export function nameBasedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
