/**
 * What the elements look up in a feed to show an offer: the id → item maps of its reference lists, an
 * offer's région, an offer's closing time in Paris. Apart from the search index, so that an element that
 * shows offers without searching them (a card) does not download the index.
 */
import type { Feed, Offer, Organisation } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When summer time starts (index 2, March) or ends (index 9, October) in the EU: last Sunday, 01:00 UTC. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Offset of Europe/Paris from UTC at instant `t` (EU summer-time rules, in force since 1996). */
function parisOffset(t: number): number {
  const year = new Date(t).getUTCFullYear();
  return t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9) ? 2 * HOUR : HOUR;
}

/** The last millisecond of the Paris calendar day containing `t`. */
function endOfParisDay(t: number): number {
  const nextMidnight = Math.floor((t + parisOffset(t)) / DAY) * DAY + DAY; // Paris wall clock, as if UTC
  // Paris midnight is 22:00 or 23:00 UTC; summer time never changes between 21:00 and 23:00 UTC.
  return nextMidnight - parisOffset(nextMidnight - 2 * HOUR) - 1;
}

/** The first millisecond of the Paris calendar day containing `t`. */
export function startOfParisDay(t: number): number {
  const midnight = Math.floor((t + parisOffset(t)) / DAY) * DAY; // Paris wall clock, as if UTC
  return midnight - parisOffset(midnight - 2 * HOUR);
}

/**
 * When an offer stops taking applications, epoch milliseconds: the end of its
 * `validThrough` day in metropolitan France (Europe/Paris), `Infinity` without
 * a deadline, `-Infinity` once filled. An offer is open while `now <= closingTime(offer)`.
 */
export function closingTime(offer: Offer): number {
  if (offer.status !== 'open') return -Infinity;
  return offer.validThrough === undefined ? Infinity : endOfParisDay(offer.validThrough);
}

/** Id → item maps of a feed's reference lists. */
export interface FeedLookups {
  organisations: Map<string, Organisation>;
  trades: Map<string, { name: string; family: string }>;
  families: Map<string, string>;
  regions: Map<string, string>;
  departements: Map<string, { name: string; region: string }>;
}

const lookupCache = new WeakMap<Feed, FeedLookups>();

/** The id → item maps of a feed, memoised. */
export function feedLookups(feed: Feed): FeedLookups {
  let l = lookupCache.get(feed);
  if (l === undefined) {
    l = {
      organisations: new Map(feed.organisations.map((o) => [o.id, o])),
      trades: new Map(feed.trades.map((t) => [t.id, t])),
      families: new Map(feed.families.map((f) => [f.id, f.name])),
      regions: new Map(feed.regions.map((r) => [r.code, r.name])),
      departements: new Map(feed.departements.map((d) => [d.code, d])),
    };
    lookupCache.set(feed, l);
  }
  return l;
}

/** The organisation with this id, then its parent, grand-parent… (known ones only, each once). */
export function ancestry(lookups: FeedLookups, id: string): Organisation[] {
  const chain: Organisation[] = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); ) {
    seen.add(cur);
    const org = lookups.organisations.get(cur);
    if (org === undefined) break;
    chain.push(org);
    cur = org.parent;
  }
  return chain;
}

/** The offer's région code: its own, or its département's. */
export function regionOf(lookups: FeedLookups, offer: Offer): string | undefined {
  const { region, departement } = offer.jobLocation;
  return region ?? (departement === undefined ? undefined : lookups.departements.get(departement)?.region);
}

/** Whether an offer takes applications at `now`: open, and its deadline day (Paris time) not over. */
export function isOpen(offer: Offer, now: number): boolean {
  return now <= closingTime(offer);
}
