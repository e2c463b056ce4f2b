/**
 * Trades (métiers) and their families, as the trade explorer shows them:
 * grouped by family, counted (open offers per trade), searched (accent-insensitive,
 * over name, description, missions and skills) and sorted. Framework-free.
 *
 * Search is by substring on the trade's words as `tokenize` reads them (folded, with
 * the feminine of inclusive forms and the compounds of hyphenated words): every word
 * typed must appear somewhere in the trade's texts, so "dev" finds "Développeuse /
 * Développeur", "donnees" finds "Données" and "développeuse" finds "Développeur·se".
 * French stop words are ignored ("chef de projet" is `chef` + `projet`), and an
 * inclusive form typed ("développeur·se") matches either form.
 */
import { isOpen } from './feed-lookups.js';
import { queryTerms, tokenize } from './text.js';
import type { Feed, Trade, TradeFamily } from './types.js';

/** How trades can be ordered: by name (A to Z), or by open offers (most first, then by name). */
export const TRADE_SORTS = ['name', 'offers'] as const;
export type TradeSort = (typeof TRADE_SORTS)[number];

/** A trade with what the explorer shows about it. */
export interface TradeSummary {
  trade: Trade;
  /** Its family (always known in a normalised feed). */
  family?: TradeFamily;
  /** Open offers for this trade in the feed, now. */
  openOffers: number;
}

/** A family tab: the family and how many trades it holds after the filters (hide-empty, search). */
export interface FamilySummary {
  family: TradeFamily;
  count: number;
}

/** What the explorer asks for. */
export interface TradeQuery {
  /** Family id; undefined (or unknown) for every family. */
  family?: string;
  /** What the visitor typed; empty for no search. */
  query?: string;
  sort?: TradeSort;
  /** Leave out trades that have no open offer. */
  hideEmpty?: boolean;
  /** Language for sorting names (collation). Defaults to French. */
  lang?: string;
  /** "Now", epoch milliseconds, to tell open offers from expired ones. */
  now?: number;
}

/** The answer to a {@link TradeQuery}. */
export interface TradeQueryResult {
  /** The trades of the chosen family that match the search, sorted. */
  trades: TradeSummary[];
  /** Every family that holds at least one trade (after hide-empty), in feed order, with its count after the search. */
  families: FamilySummary[];
  /** Trades matching the search in every family (the "all" tab's count). */
  total: number;
  /** The family actually used: `undefined` when none was asked for or it is not among `families`. */
  family?: string;
}

/** True when `value` is one of {@link TRADE_SORTS}. */
export function isTradeSort(value: unknown): value is TradeSort {
  return typeof value === 'string' && (TRADE_SORTS as readonly string[]).includes(value);
}

/** The number of open offers (see `isOpen`) per trade id. Trades without offers are absent. */
export function openOfferCounts(feed: Feed, now: number = Date.now()): Map<string, number> {
  const counts = new Map<string, number>();
  for (const offer of feed.offers) {
    const trade = offer.occupationalCategory;
    if (trade === undefined || !isOpen(offer, now)) continue;
    counts.set(trade, (counts.get(trade) ?? 0) + 1);
  }
  return counts;
}

/** The trades of each family, by family id, in feed order. Families without trades are absent. */
export function tradesByFamily(feed: Feed): Map<string, Trade[]> {
  const out = new Map<string, Trade[]>();
  for (const trade of feed.trades) {
    const list = out.get(trade.family);
    if (list) list.push(trade);
    else out.set(trade.family, [trade]);
  }
  return out;
}

// The words of a trade as the offer list's search index reads them (folded, with the feminine of inclusive
// forms and the compounds of hyphenated words), kept per Trade object (feeds are immutable once normalised).
const haystacks = new WeakMap<Trade, string>();
function haystack(trade: Trade): string {
  let text = haystacks.get(trade);
  if (text === undefined) {
    text = [trade.name, trade.description ?? '', ...trade.missions, ...trade.skills].flatMap(tokenize).join(' ');
    haystacks.set(trade, text);
  }
  return text;
}

/**
 * A predicate telling whether a trade matches what the visitor typed
 * (accent- and case-insensitive, over name, description, missions and skills).
 * An empty query matches every trade.
 */
export function tradeMatcher(query: string): (trade: Trade) => boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return () => true;
  return (trade) => {
    const text = haystack(trade);
    return terms.every((forms) => forms.some((form) => text.includes(form)));
  };
}

const collators = new Map<string, Intl.Collator>();
function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })));
  return c;
}

/** Sorts trade summaries in place and returns them: by name, or by open offers (most first) then name. */
export function sortTrades(summaries: TradeSummary[], sort: TradeSort = 'name', lang = 'fr'): TradeSummary[] {
  const byName = collator(lang);
  return summaries.sort(
    (a, b) => (sort === 'offers' ? b.openOffers - a.openOffers : 0) || byName.compare(a.trade.name, b.trade.name),
  );
}

/**
 * Everything the explorer shows for a family tab and a search: the matching trades
 * of the family, sorted, and every family with its number of matching trades.
 * `counts` can be passed when already computed (see {@link openOfferCounts}).
 */
export function queryTrades(
  feed: Feed,
  query: TradeQuery = {},
  counts: ReadonlyMap<string, number> = openOfferCounts(feed, query.now),
): TradeQueryResult {
  const matches = tradeMatcher(query.query ?? '');
  const familiesById = new Map(feed.families.map((f) => [f.id, f]));

  // Trades that can be shown at all (hide-empty), and the families they fill.
  const shown: TradeSummary[] = [];
  const present = new Set<string>();
  for (const trade of feed.trades) {
    const openOffers = counts.get(trade.id) ?? 0;
    if (query.hideEmpty && openOffers === 0) continue;
    present.add(trade.family);
    const summary: TradeSummary = { trade, openOffers };
    const family = familiesById.get(trade.family);
    if (family) summary.family = family;
    shown.push(summary);
  }

  // An unknown family, or one left empty by hide-empty, means every family.
  const family = query.family !== undefined && present.has(query.family) ? query.family : undefined;
  const perFamily = new Map<string, number>();
  const chosen: TradeSummary[] = [];
  let total = 0;
  for (const summary of shown) {
    if (!matches(summary.trade)) continue;
    total++;
    const id = summary.trade.family;
    perFamily.set(id, (perFamily.get(id) ?? 0) + 1);
    if (family === undefined || id === family) chosen.push(summary);
  }

  const result: TradeQueryResult = {
    trades: sortTrades(chosen, query.sort ?? 'name', query.lang ?? 'fr'),
    families: feed.families.filter((f) => present.has(f.id)).map((f) => ({ family: f, count: perFamily.get(f.id) ?? 0 })),
    total,
  };
  if (family !== undefined) result.family = family;
  return result;
}

/** The trade with this id, with its family and open offers, or undefined. */
export function findTrade(
  feed: Feed,
  id: string,
  counts: ReadonlyMap<string, number> = openOfferCounts(feed),
): TradeSummary | undefined {
  const trade = feed.trades.find((t) => t.id === id);
  if (!trade) return undefined;
  const summary: TradeSummary = { trade, openOffers: counts.get(trade.id) ?? 0 };
  const family = feed.families.find((f) => f.id === trade.family);
  if (family) summary.family = family;
  return summary;
}
