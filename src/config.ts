/**
 * Page-wide configuration: the feed URL and the language, set once for every
 * `mn-*` element of a page. Framework-free.
 *
 * Resolution order for the feed URL of an element:
 *   1. its own `feed` attribute;
 *   2. the nearest ancestor with a `data-mn-feed` attribute (crossing shadow roots),
 *      handy in a CMS where only the page body can be edited;
 *   3. `configure({ feed })` called by the page's script;
 *   4. `<meta name="mn-feed" content="…">` in the document;
 *   5. the central feed, {@link DEFAULT_FEED_URL}.
 *
 * Language: the element's `lang`, else `configure({ lang })` or
 * `<meta name="mn-lang">`, else the nearest ancestor's `lang` (so `<html lang>`),
 * else French.
 */
import { toLang, type Lang } from './i18n/localize.js';

/** The central offers feed of metiers.numerique.gouv.fr (see docs/feed.md). */
export const DEFAULT_FEED_URL = 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json';

export interface WidgetsConfig {
  /** Feed URL for every element that has no `feed` attribute. */
  feed?: string;
  /** Language for every element that has no `lang` attribute. */
  lang?: string;
}

let pageConfig: WidgetsConfig = {};
const listeners = new Set<() => void>();

/** Sets the feed URL and/or language for every `mn-*` element of the page. */
export function configure(config: WidgetsConfig): void {
  pageConfig = { ...pageConfig, ...config };
  for (const listener of listeners) listener();
}

/** Called when `configure()` changes the page configuration. Returns an unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The parent of a node, stepping out of shadow roots to their host. */
function parentAcross(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function closestAttribute(el: Element, name: string): string | null {
  for (let node: Element | null = el; node; node = parentAcross(node)) {
    const value = node.getAttribute(name);
    if (value !== null && value.trim() !== '') return value.trim();
  }
  return null;
}

// A list renders hundreds of cards in one task, each resolving its language: read the
// page's <meta> tags once per task, not once per element.
let metaCache: Map<string, string | null> | undefined;
function meta(name: string): string | null {
  if (!metaCache) {
    metaCache = new Map();
    queueMicrotask(() => (metaCache = undefined));
  }
  if (!metaCache.has(name)) {
    const value = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim();
    metaCache.set(name, value ? value : null);
  }
  return metaCache.get(name) ?? null;
}

/**
 * The absolute feed URL an element should read: `own` (by default its `feed` attribute; an element passes its
 * `feed` property, which a framework may set without the attribute), else the page's configuration. An address
 * that cannot be parsed is returned as given: the feed client then reports `invalid-url`.
 */
export function resolveFeedUrl(el: Element, own: string | null | undefined = el.getAttribute('feed')): string {
  const url = own?.trim() || closestAttribute(el, 'data-mn-feed') || pageConfig.feed || meta('mn-feed') || DEFAULT_FEED_URL;
  try {
    // Without the fragment, as the feed client reads it (it compares the URLs of the feeds it loaded with this one).
    const absolute = new URL(url, document.baseURI);
    absolute.hash = '';
    return absolute.href;
  } catch {
    return url;
  }
}

/**
 * The language an element should speak: its own `lang`; inside another mn-* element (a list's cards, a detail's
 * form), that element's language; else the page's configuration; else the nearest `lang` ancestor.
 */
export function resolveLang(el: Element): Lang {
  const own = el.getAttribute('lang');
  if (own) return toLang(own);
  const root = el.getRootNode();
  if (root instanceof ShadowRoot && root.host.localName.startsWith('mn-')) return resolveLang(root.host);
  const page = pageConfig.lang ?? meta('mn-lang');
  if (page) return toLang(page);
  return toLang(closestAttribute(el, 'lang'));
}
