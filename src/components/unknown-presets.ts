/**
 * Preset attributes (`region="53"`, `trade="developpeur"`…) that name something the feed does not know: a cheap
 * check, and the console's words about them, loaded on demand (components/preset-warnings.ts) so that visitors
 * of a well-configured page never download them.
 */
import type { Feed } from '../data/types.js';
import { cleanValue, isEnumFilter, listValues, type EnumFilter, type SelectFilter } from './offer-list/offer-list-state.js';

/** The presets whose values are ids or codes of one of the feed's reference lists. */
export type ReferencePreset = Exclude<SelectFilter, EnumFilter>;

export interface Reference {
  id: string;
  name: string;
}

/** The items whose ids a preset of `key` takes. */
export function referencesOf(feed: Feed, key: ReferencePreset): readonly Reference[] {
  switch (key) {
    case 'organisation':
      return feed.organisations;
    case 'trade':
      return feed.trades;
    case 'family':
      return feed.families;
    case 'region':
      return feed.regions.map((r) => ({ id: r.code, name: r.name }));
    case 'departement':
      return feed.departements.map((d) => ({ id: d.code, name: d.name }));
  }
}

/** True when one of `values` of preset `key` is one that the feed (an id or code) or the format (a contract type…) does not know. */
function hasUnknownPreset(key: SelectFilter, values: readonly string[], feed: Feed): boolean {
  if (isEnumFilter(key)) return values.some((v) => cleanValue(key, v) === '');
  const known = referencesOf(feed, key);
  return values.some((v) => !known.some((item) => item.id === v));
}

/**
 * Says in the console, prefixed with `tag`, which values of preset `key` (written `raw`) the feed does not know,
 * what is expected, and `consequence`, what the element does with an unknown id or code. Nothing when all are
 * known. `values` are the values `raw` holds: a list attribute's by default (`"75 92"`); an attribute that takes
 * one id passes that id alone.
 */
export function warnUnknownPreset(
  tag: string,
  key: SelectFilter,
  raw: string | null | undefined,
  feed: Feed,
  consequence: string,
  values: readonly string[] = listValues(raw),
): void {
  if (!raw || !hasUnknownPreset(key, values, feed)) return;
  import('./preset-warnings.js').then(
    ({ presetWarnings }) => {
      for (const warning of presetWarnings(key, raw, values, feed, consequence)) console.warn(`${tag}: ${warning}`);
    },
    () => undefined, // words for developers only: a failed download is not the visitors' concern
  );
}
