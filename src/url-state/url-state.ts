/**
 * Keeps part of an element's state in the page URL, so that a filtered list can
 * be shared as a link and the browser's back and forward buttons walk through it.
 * Framework-free: a few functions over `location` and `history`.
 *
 * Each element owns the query parameters whose names start with its prefix
 * (`mn-` by default: `?mn-q=data&mn-page=2`). It reads and writes only those,
 * and keeps every other parameter, the hash and `history.state` as they are, so
 * that two elements with different prefixes, the host page and its router
 * (which may keep its own data in `history.state`) do not fight over the URL.
 *
 * Writing:
 * - `push` (a new history entry) for a step the visitor may want to undo with
 *   "back": a page change, a filter chosen, an offer opened;
 * - `replace` (the same entry) for changes that come in bursts, such as typing.
 *
 * Reading back on back/forward: `onUrlStateChange(listener)` calls the listener
 * on `popstate`; the listener reads its own parameters again with
 * `UrlState.read()` and applies them without writing (no push loop).
 *
 * ```ts
 * const url = new UrlState(urlPrefix(el.getAttribute('sync-url'))!, ['q', 'page']);
 * url.read();                                  // { q: 'data', page: '2' }
 * url.write({ q: 'data', page: '3' }, 'push');  // ?other=1&mn-q=data&mn-page=3
 * const stop = onUrlStateChange(() => apply(url.read()));
 * ```
 */

/** An element's own URL parameters, by name without the prefix (`{ q: 'data', page: '2' }`). */
export type UrlParams = Record<string, string>;

/** The prefix used when an element turns URL sync on without naming one. */
export const DEFAULT_URL_PREFIX = 'mn-';

/**
 * The parameter prefix for an attribute value such as `sync-url="paris"`:
 * `"paris"` → `"paris-"`, `""` or `"true"` → `"mn-"`. Only letters, digits,
 * `-`, `_` and `.` are kept; a separator is added when the value has none at its end.
 * Returns `undefined` when URL sync is off (`null`, `undefined` or `"false"`).
 */
export function urlPrefix(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const clean = value.trim().replace(/[^\w.-]/g, '');
  if (clean.toLowerCase() === 'false') return undefined;
  if (clean === '' || clean.toLowerCase() === 'true') return DEFAULT_URL_PREFIX;
  return /[-_.]$/.test(clean) ? clean : `${clean}-`;
}

/**
 * The URL parameters one element owns: `keys` (its state's names) behind `prefix`.
 * Only those are read and written, so that prefixes which overlap (`mn-` and
 * `mn-jobs-`) still leave each other's parameters alone.
 */
export class UrlState {
  readonly keys: ReadonlySet<string>;

  constructor(
    /** The parameter prefix, e.g. `mn-` (see {@link urlPrefix}). */
    readonly prefix: string,
    keys: Iterable<string>,
  ) {
    this.keys = new Set(keys);
  }

  /** The element's parameters in `href` (the page URL by default), by key. Empty values are skipped. */
  read(href: string = location.href): UrlParams {
    const params: UrlParams = {};
    const url = parseUrl(href);
    if (!url) return params;
    for (const key of this.keys) {
      // The first occurrence wins, as most servers read it.
      const value = url.searchParams.get(this.prefix + key);
      if (value !== null && value !== '') params[key] = value;
    }
    return params;
  }

  /**
   * `href` with the element's parameters replaced by `params` (empty values and unknown
   * keys left out). Other parameters keep their order; the element's come after them,
   * in the order of `params`, so that one state always gives one URL.
   */
  href(params: UrlParams, href: string = location.href): string {
    const url = parseUrl(href);
    if (!url) return href;
    const ours = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== '' && this.keys.has(key)) ours.append(this.prefix + key, value);
    }
    // The others' parameters are kept as written: `url.searchParams` would re-encode them all ("%20" → "+",
    // "/" → "%2F", "?flag" → "?flag=").
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((part) => {
        const [[name] = ['']] = new URLSearchParams(part);
        return part !== '' && !(name.startsWith(this.prefix) && this.keys.has(name.slice(this.prefix.length)));
      });
    url.search = [...kept, `${ours}`].filter(Boolean).join('&');
    return url.href;
  }

  /** True when the URL holds exactly `params` (empty values and unknown keys ignored). */
  matches(params: UrlParams, href: string = location.href): boolean {
    const current = this.read(href);
    const wanted = Object.entries(params).filter(([k, v]) => v !== '' && this.keys.has(k));
    return wanted.length === Object.keys(current).length && wanted.every(([k, v]) => current[k] === v);
  }

  /**
   * Writes the element's parameters to the page URL: a new history entry with `push`,
   * the current one with `replace`. Does nothing when they are there already, so that
   * re-applying a state read from the URL never adds an entry. Returns whether the URL changed.
   */
  write(params: UrlParams, mode: 'push' | 'replace'): boolean {
    if (this.matches(params)) return false;
    const next = this.href(params);
    try {
      // Keep history.state: the host page's router may keep its own data there.
      if (mode === 'push') history.pushState(history.state, '', next);
      else history.replaceState(history.state, '', next);
    } catch {
      // Sandboxed or opaque-origin documents (some CMS previews) refuse history changes:
      // the element keeps working without the URL.
      return false;
    }
    return true;
  }
}

function parseUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

const listeners = new Set<() => void>();
const onPopState = () => {
  for (const listener of [...listeners]) listener();
};

/**
 * Calls `listener` when the visitor moves through history (back, forward):
 * the listener reads its parameters again. One `popstate` listener serves the
 * whole page. Returns the function that unsubscribes.
 */
export function onUrlStateChange(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}
