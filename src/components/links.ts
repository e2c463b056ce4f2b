import { withoutCredentials } from '../data/credentials.js';

/**
 * What may go in an `href`. The feed reader already refuses unsafe URLs in the feed; these guard what is given
 * directly (an `.offer` from a parent, `spontaneous-href`, `privacy-href`…), which may hold anything.
 */

const WEB: readonly string[] = ['https:', 'http:'];

/**
 * `value` when, resolved against `base`, its scheme is one of `schemes`, else undefined; without user name nor
 * password (they make a link read as another site: "https://gouv.fr@evil.example"). The one check of every link
 * the elements write from something given to them. `absolute`: the resolved URL rather than `value` as written.
 */
function checkedLink(value: string, schemes: readonly string[], base?: string, absolute = false): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  return url.username || url.password ? withoutCredentials(url).href : absolute ? url.href : value;
}

/** `url` when it is an absolute http(s) address (without user name nor password), else undefined. */
export function safeWebUrl(url: string | undefined): string | undefined {
  return url ? checkedLink(url, WEB) : undefined;
}

/**
 * A link the integrator gave, trimmed, when it is http(s), mailto or relative to the page; never `javascript:` nor
 * `data:`, and without user name nor password.
 */
export function safeLink(value: string | null | undefined): string | undefined {
  const link = value?.trim();
  return link ? checkedLink(link, [...WEB, 'mailto:'], document.baseURI) : undefined;
}

/** An http(s) link made from an integrator's template (`href-template`), resolved against the page, without user name nor password. */
export function safeWebLink(value: string): string | undefined {
  return checkedLink(value, WEB, document.baseURI, true);
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
