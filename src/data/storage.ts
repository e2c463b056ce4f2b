/**
 * The last good copy of each feed, kept in `localStorage` so that a page can still
 * show offers when the network fails, and can make conditional requests.
 *
 * Two keys per feed URL:
 * - `mn-widgets:feed:v1:<url>`: a small JSON record `{ etag?, lastModified?, fetchedAt }`;
 * - `mn-widgets:feed:v1:<url>#body`: the feed's raw JSON text, exactly as received.
 * The body is written first and only for a valid feed; the record is small, so that
 * confirming a copy (HTTP 304) rewrites a few bytes, not megabytes.
 *
 * The storage belongs to the host site: saved feeds together take at most {@link SAVED_FEEDS_BUDGET}
 * characters. A new copy first evicts the copies of other feeds confirmed longest ago; a feed larger than
 * the whole budget is not saved (a ministry's slice of the feed is far smaller).
 *
 * Storage is a nicety: every access is guarded, and quota errors, disabled storage
 * (Safari private mode, sandboxed frames, blocked cookies → `SecurityError`) or
 * damaged entries just mean "no saved copy".
 */

/** The part of the Web Storage API the client uses (tests pass their own). Without `key` and `length`, nothing is evicted. */
export type FeedStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/**
 * At most this many characters (UTF-16 code units) of saved feed bodies, all feeds together: about 2 MB as
 * browsers count, less than half of the smallest `localStorage` quota (5 MB), and about 800 offers.
 */
export const SAVED_FEEDS_BUDGET = 1_000_000;

/** A saved copy of a feed. */
export interface SavedFeed {
  /** The feed's JSON text as received. */
  text: string;
  etag?: string;
  lastModified?: string;
  /** Epoch ms when the server last confirmed this copy (200 or 304). */
  fetchedAt: number;
}

export const STORAGE_PREFIX = 'mn-widgets:feed:v1:';

/** The key of a feed's record; its body lives under the same key plus `#body`. */
export function storageKey(url: string): string {
  return STORAGE_PREFIX + url;
}

/** `localStorage`, or null where reading it throws or it does not exist. */
export function defaultStorage(): FeedStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

interface SavedMeta {
  etag?: string;
  lastModified?: string;
  fetchedAt: number;
}

function readMeta(storage: FeedStorage, url: string): SavedMeta | undefined {
  const raw = storage.getItem(storageKey(url));
  if (raw === null) return undefined;
  const value: unknown = JSON.parse(raw);
  if (typeof value !== 'object' || value === null) return undefined;
  const { etag, lastModified, fetchedAt } = value as Record<string, unknown>;
  if (typeof fetchedAt !== 'number' || !Number.isFinite(fetchedAt)) return undefined;
  const meta: SavedMeta = { fetchedAt };
  if (typeof etag === 'string' && etag !== '') meta.etag = etag;
  if (typeof lastModified === 'string' && lastModified !== '') meta.lastModified = lastModified;
  return meta;
}

/** The saved copy of `url`, or undefined (none, damaged, or storage unavailable). */
export function readSavedFeed(storage: FeedStorage | null, url: string): SavedFeed | undefined {
  if (storage === null) return undefined;
  try {
    const meta = readMeta(storage, url);
    const text = meta === undefined ? null : storage.getItem(`${storageKey(url)}#body`);
    if (meta === undefined || text === null || text === '') {
      return undefined;
    }
    return { ...meta, text };
  } catch {
    return undefined;
  }
}

/**
 * Saves a copy; with `text` undefined, only refreshes the record (after a 304).
 * Returns false when the storage refused (quota, disabled).
 */
export function writeSavedFeed(
  storage: FeedStorage | null,
  url: string,
  saved: Omit<SavedFeed, 'text'> & { text?: string },
): boolean {
  if (storage === null) return false;
  const meta: SavedMeta = { fetchedAt: saved.fetchedAt };
  if (saved.etag !== undefined) meta.etag = saved.etag;
  if (saved.lastModified !== undefined) meta.lastModified = saved.lastModified;
  try {
    if (saved.text !== undefined) {
      if (saved.text.length > SAVED_FEEDS_BUDGET) {
        // Too large to keep: an older copy would no longer match its record either.
        removeSavedFeed(storage, url);
        return false;
      }
      makeRoom(storage, url, saved.text.length);
      storage.setItem(`${storageKey(url)}#body`, saved.text);
    }
    storage.setItem(storageKey(url), JSON.stringify(meta));
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved copies of other feeds, those confirmed longest ago first, until `size` more fits the budget. */
function makeRoom(storage: FeedStorage, url: string, size: number): void {
  const { key, length } = storage;
  if (typeof key !== 'function' || typeof length !== 'number') return;
  const others: { url: string; size: number; fetchedAt: number }[] = [];
  for (let i = 0; i < length; i++) {
    const name = key.call(storage, i);
    if (name === null || !name.startsWith(STORAGE_PREFIX) || !name.endsWith('#body')) continue;
    const other = name.slice(STORAGE_PREFIX.length, -'#body'.length);
    if (other === url) continue;
    let fetchedAt = 0;
    try {
      fetchedAt = readMeta(storage, other)?.fetchedAt ?? 0;
    } catch {
      // A damaged record: its copy goes first.
    }
    others.push({ url: other, size: storage.getItem(name)?.length ?? 0, fetchedAt });
  }
  let total = size + others.reduce((sum, o) => sum + o.size, 0);
  others.sort((a, b) => a.fetchedAt - b.fetchedAt);
  for (const other of others) {
    if (total <= SAVED_FEEDS_BUDGET) break;
    removeSavedFeed(storage, other.url);
    total -= other.size;
  }
}

/** Forgets the saved copy of `url` (a damaged one). */
export function removeSavedFeed(storage: FeedStorage | null, url: string): void {
  if (storage === null) return;
  try {
    storage.removeItem(storageKey(url));
    storage.removeItem(`${storageKey(url)}#body`);
  } catch {
    // Storage unavailable: nothing saved to forget.
  }
}
