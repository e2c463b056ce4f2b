/**
 * The schema.org `JobPosting` of an offer, as structured data for search engines
 * (Google's job search: required `title`, `description`, `datePosted`,
 * `hiringOrganization`, `jobLocation` or remote; recommended `validThrough`,
 * `employmentType`, `baseSalary`, `identifier`, `directApply`).
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
import { feedLookups, regionOf } from '../../data/feed-lookups.js';
import type { ContractType, Feed, Offer } from '../../data/types.js';
import { organisationsOf } from '../offer-card/offer-view.js';

/** Google's `employmentType` values for our contract types. */
export const EMPLOYMENT_TYPES: Readonly<Record<ContractType, string>> = {
  NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER: 'FULL_TIME',
  CONTRACT_WORKER_ONLY: 'FULL_TIME',
  FREELANCER: 'CONTRACTOR',
  APPRENTICESHIP: 'OTHER',
  INTERN: 'INTERN',
  INTERNATIONAL_VOLUNTEER: 'VOLUNTEER',
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The `JobPosting` of an offer, or `undefined` when one cannot be valid: the
 * organisation is unknown (no feed), or the offer takes no application any more
 * (Google asks to remove the data of expired postings).
 * @param description the full description, as sanitised HTML.
 */
export function jobPosting(offer: Offer, feed: Feed | undefined, description: string, closed: boolean): Record<string, Json> | undefined {
  const { organisation, ministry } = organisationsOf(feed, offer);
  if (organisation === undefined || feed === undefined || closed) return undefined;

  const hiringOrganization: Record<string, Json> = { '@type': 'Organization', name: organisation.name };
  const site = organisation.url ?? ministry?.url;
  if (site) hiringOrganization.sameAs = site;
  if (ministry) hiringOrganization.parentOrganization = { '@type': 'GovernmentOrganization', name: ministry.name };

  const data: Record<string, Json> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: description || offer.excerpt || offer.title,
    datePosted: iso(offer.datePosted),
    hiringOrganization,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: offer.id },
    directApply: offer.apply.mode === 'platform',
  };
  if (offer.validThrough !== undefined) data.validThrough = iso(offer.validThrough);
  const types = [...new Set(offer.employmentType.map((c) => EMPLOYMENT_TYPES[c]))];
  if (types.length) data.employmentType = types.length === 1 ? (types[0] as string) : types;
  if (offer.url) data.url = offer.url;

  const lookups = feedLookups(feed);
  const { addressLocality, postalCode } = offer.jobLocation;
  const regionCode = regionOf(lookups, offer);
  const address: Record<string, Json> = { '@type': 'PostalAddress', addressCountry: 'FR' };
  if (addressLocality) address.addressLocality = addressLocality;
  if (postalCode) address.postalCode = postalCode;
  const region = regionCode === undefined ? undefined : lookups.regions.get(regionCode);
  if (region) address.addressRegion = region;
  const hasPlace = Object.keys(address).length > 2;
  if (offer.remote === 'FULL') {
    data.jobLocationType = 'TELECOMMUTE';
    data.applicantLocationRequirements = { '@type': 'Country', name: 'FR' };
  }
  if (hasPlace || offer.remote !== 'FULL') data.jobLocation = { '@type': 'Place', address };

  const { min, max } = offer.baseSalary ?? {};
  if (min !== undefined || max !== undefined) {
    const value: Record<string, Json> = { '@type': 'QuantitativeValue', unitText: 'YEAR' };
    if (min !== undefined && max !== undefined && min === max) value.value = min;
    else {
      if (min !== undefined) value.minValue = min;
      if (max !== undefined) value.maxValue = max;
    }
    data.baseSalary = { '@type': 'MonetaryAmount', currency: 'EUR', value };
  }
  if (offer.experienceMonths > 0) {
    data.experienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: offer.experienceMonths };
  }
  const trade = offer.occupationalCategory === undefined ? undefined : lookups.trades.get(offer.occupationalCategory);
  if (trade) data.occupationalCategory = trade.name;
  return data;
}

/**
 * JSON for the text of a `<script type="application/ld+json">`: `<` is written
 * `\u003c` so that no string of the feed can close the script (`</script>`) or open
 * a comment; U+2028/U+2029 are escaped too.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
