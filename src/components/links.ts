/**
 * What may go in an `href`. The feed reader already refuses unsafe URLs in the feed; these guard what is given
 * directly (an `.offer` from a parent, `spontaneous-href`, `privacy-href`…), which may hold anything.
 */

/** `url` when it is an absolute http(s) address, else undefined. */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A link the integrator gave, trimmed, when it is http(s), mailto or relative to the page; never `javascript:` nor `data:`. */
export function safeLink(value: string | null | undefined): string | undefined {
  const link = value?.trim();
  if (!link) return undefined;
  try {
    const { protocol } = new URL(link, document.baseURI);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:' ? link : undefined;
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
