import { withoutCredentials } from '../data/credentials.js';

/**
 * What may go in an `href`. The feed reader already refuses unsafe URLs in the feed; these guard what is given
 * directly (an `.offer` from a parent, `spontaneous-href`, `privacy-href`…), which may hold anything.
 */

/** `url` when it is an absolute http(s) address (without user name nor password), else undefined. */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return parsed.username || parsed.password ? withoutCredentials(parsed).href : url;
  } catch {
    return undefined;
  }
}

/**
 * A link the integrator gave, trimmed, when it is http(s), mailto or relative to the page; never `javascript:` nor
 * `data:`, and without user name nor password.
 */
export function safeLink(value: string | null | undefined): string | undefined {
  const link = value?.trim();
  if (!link) return undefined;
  try {
    const parsed = new URL(link, document.baseURI);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:' && parsed.protocol !== 'mailto:') return undefined;
    return parsed.username || parsed.password ? withoutCredentials(parsed).href : link;
  } catch {
    return undefined;
  }
}

/** A bare e-mail address: nothing that would add to a `mailto:` URL (`?`, `&`, `#`, `%`, `/`, spaces, quotes, angle brackets). */
function isPlainEmail(email: string): boolean {
  return /^[^\s@?&#%/:"'<>]+@[^\s@?&#%/:"'<>]+\.[^\s@?&#%/:"'<>]+$/.test(email);
}

/** A `mailto:` link to a bare address, with a subject when given; undefined for anything but a bare address. */
export function mailtoHref(email: string, subject?: string): string | undefined {
  if (!isPlainEmail(email)) return undefined;
  return `mailto:${email}${subject ? `?subject=${encodeURIComponent(subject.toWellFormed())}` : ''}`;
}
