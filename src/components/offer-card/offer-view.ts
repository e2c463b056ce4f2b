/**
 * What the card and the detail both say about an offer: names looked up in the
 * feed, place, dates and flags, link address. Pure functions, cheap enough to
 * run for each of 1,000 cards.
 */
import { closingTime, feedLookups, regionOf } from '../../data/feed-lookups.js';
import type { Feed, Offer, Organisation } from '../../data/types.js';
import { safeWebLink, safeWebUrl } from '../links.js';

export const DAY = 86_400_000;
/** An offer is "new" this long after it was posted. */
export const NEW_FOR = 7 * DAY;
/** An offer "closes soon" when its deadline is this close. */
export const CLOSING_WITHIN = 7 * DAY;

const offerIndex = new WeakMap<Feed, Map<string, Offer>>();

/** The offer with this id in the feed (an index built once per feed). */
export function findOffer(feed: Feed, id: string): Offer | undefined {
  let index = offerIndex.get(feed);
  if (index === undefined) {
    index = new Map(feed.offers.map((o) => [o.id, o]));
    offerIndex.set(feed, index);
  }
  return index.get(id);
}

/** The hiring organisation and, for a service, the ministry at the top of its chain. */
export function organisationsOf(feed: Feed | undefined, offer: Offer): { organisation?: Organisation; ministry?: Organisation } {
  if (feed === undefined) return {};
  const { organisations } = feedLookups(feed);
  const organisation = organisations.get(offer.hiringOrganization);
  if (organisation === undefined) return {};
  let top: Organisation = organisation;
  const seen = new Set([top.id]);
  while (top.parent !== undefined && !seen.has(top.parent)) {
    const parent = organisations.get(top.parent);
    if (parent === undefined) break;
    seen.add(parent.id);
    top = parent;
  }
  return top === organisation ? { organisation } : { organisation, ministry: top };
}

/** "Service, Ministère" or "Ministère", or undefined when the feed does not say. */
export function organisationLabel(feed: Feed | undefined, offer: Offer): string | undefined {
  const { organisation, ministry } = organisationsOf(feed, offer);
  if (organisation === undefined) return undefined;
  return ministry ? `${organisation.name}, ${ministry.name}` : organisation.name;
}

/** The trade's name. */
export function tradeName(feed: Feed | undefined, offer: Offer): string | undefined {
  if (feed === undefined || offer.occupationalCategory === undefined) return undefined;
  return feedLookups(feed).trades.get(offer.occupationalCategory)?.name;
}

/** "Rennes, Bretagne", "Ille-et-Vilaine, Bretagne", "Rennes"…, or undefined. */
export function placeLabel(feed: Feed | undefined, offer: Offer): string | undefined {
  const { addressLocality, departement } = offer.jobLocation;
  let region: string | undefined;
  let place = addressLocality;
  if (feed !== undefined) {
    const lookups = feedLookups(feed);
    const code = regionOf(lookups, offer);
    region = code === undefined ? undefined : lookups.regions.get(code);
    if (place === undefined && departement !== undefined) place = lookups.departements.get(departement)?.name;
  }
  const parts = [place, region].filter((s): s is string => s !== undefined && s !== '');
  if (parts.length === 2 && parts[0] === parts[1]) parts.pop();
  return parts.length ? parts.join(', ') : undefined;
}

export interface OfferFlags {
  /** Posted less than 7 days ago. */
  isNew: boolean;
  /** Open, and its deadline is within 7 days. */
  closingSoon: boolean;
  /** Why it takes no application any more. */
  closed?: 'filled' | 'expired';
}

/** The badges of an offer at `now`. */
export function offerFlags(offer: Offer, now: number): OfferFlags {
  const closesAt = closingTime(offer);
  const closed = offer.status === 'filled' ? 'filled' : now > closesAt ? 'expired' : undefined;
  return {
    isNew: closed === undefined && now - offer.datePosted < NEW_FOR,
    closingSoon: closed === undefined && closesAt - now <= CLOSING_WITHIN,
    ...(closed ? { closed } : {}),
  };
}

/**
 * Where the card's link goes: `template` with `{id}` replaced by the offer's id
 * (URL-encoded), when it resolves to an http(s) address; else the offer's canonical page.
 */
export function offerHref(offer: Offer, template: string | undefined): string | undefined {
  const id = offer.id.toWellFormed();
  // The feed reader takes only [A-Za-z0-9_-] ids; an offer given directly may hold anything. Encoded, an id stays
  // one path segment, but `.` and `..` would still lead elsewhere on the site: those get the offer's own page.
  const usable = template && id !== '.' && id !== '..';
  const link = usable ? safeWebLink(template.replaceAll('{id}', encodeURIComponent(id))) : undefined;
  return link ?? safeWebUrl(offer.url);
}

