import { randomBytes } from 'node:crypto';

/** A fresh nonce per response, for the page's one inline stylesheet. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Stricter than the service-wide helmet policy: the page loads nothing at all (no script,
 * no font, no image but inline SVG), its one stylesheet runs under the nonce, and its form
 * submits only to this service.
 */
export function dashboardCsp(nonce: string): string {
  return [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `img-src 'self' data:`, `form-action 'self'`, `base-uri 'none'`, `frame-ancestors 'none'`].join('; ');
}
