/** The facets of an offer that lists can be filtered and counted by. */
export const FACET_KEYS = [
  'organisation',
  'trade',
  'family',
  'region',
  'departement',
  'contract',
  'remote',
  'category',
  'beginners',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
