import { safeWebLink } from '../links.js';

/**
 * Where an application may be sent: an https address, or one on the page's own origin or on a loopback address (a
 * development server); never plain http to another site, which would carry the candidate's answers and CV in clear.
 */
export function safeEndpoint(value: string): string | undefined {
  const link = safeWebLink(value);
  if (!link) return undefined;
  const url = new URL(link);
  return url.protocol === 'https:' || url.origin === location.origin || /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname) ? link : undefined;
}
