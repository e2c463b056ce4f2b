/**
 * What a developer reads in the console about preset attributes (`region="bretagne"`, an organisation id with a
 * typo) that the feed does not know: which value, what is expected, an example from the feed (the one most
 * likely meant), and what the element does instead. Loaded on demand, only by pages with such a value: the
 * elements check their presets cheaply themselves (`hasUnknownPreset`, components/unknown-presets.ts), so visitors of a well-configured page never
 * download this.
 */
import type { Feed } from '../data/types.js';
import { fold } from '../data/text.js';
import { cleanValue, ENUMS, isEnumFilter, type EnumFilter, type SelectFilter } from './offer-list/offer-list-state.js';
import { referencesOf, type Reference, type ReferencePreset } from './unknown-presets.js';


const ENUM_NAMES: Readonly<Record<EnumFilter, string>> = { contract: 'contract type', remote: 'remote work status', category: 'category' };
const EXPECTED: Readonly<Record<ReferencePreset, { kind: string; expected: string }>> = {
  organisation: { kind: 'an organisation id', expected: 'an id' },
  trade: { kind: 'a trade id', expected: 'an id' },
  family: { kind: 'a trade family id', expected: 'an id' },
  region: { kind: 'a région code', expected: 'an INSEE code' },
  departement: { kind: 'a département code', expected: 'an INSEE code' },
};

/** A name as compared with what a person typed: case, accents, spaces, hyphens and apostrophes aside. */
const nameKey = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** The number of single-character edits from `a` to `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] as number;
}

/** The item of `refs` that who wrote `value` most likely meant (its id or name contains it, or is a few typos away), else the first. */
function exampleFor(refs: readonly Reference[], value: string): Reference | undefined {
  const key = nameKey(value);
  if (key.length >= 3 && key.length <= 64) {
    const contains = refs.find((r) => nameKey(r.id).includes(key) || nameKey(r.name).includes(key));
    if (contains !== undefined) return contains;
    let best: Reference | undefined;
    let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
    for (const r of refs) {
      const d = Math.min(editDistance(nameKey(r.id), key), editDistance(nameKey(r.name), key));
      if (d < bestDistance) [best, bestDistance] = [r, d];
    }
    if (best !== undefined) return best;
  }
  return refs[0];
}

/** The value in a warning: the attribute as written, or the value in it when it holds others. */
const naming = (key: string, raw: string, given: string): string => (raw.trim() === given ? `${key}="${raw}"` : `"${given}" in ${key}="${raw}"`);

/**
 * The warnings, in English, about `values` of preset `key` (written `raw`) that `feed` does not know;
 * `consequence` says what the element does with an unknown id or code (an unknown enumerated value is ignored).
 */
export function presetWarnings(key: SelectFilter, raw: string, values: readonly string[], feed: Feed, consequence: string): string[] {
  if (isEnumFilter(key)) {
    const allowed = ENUMS[key];
    const unknown = values.filter((v) => cleanValue(key, v) === '');
    const scope = unknown.length === values.length ? `: the list is not limited by ${ENUM_NAMES[key]}` : '';
    return unknown.map((v) => `${naming(key, raw, v)} is not a ${ENUM_NAMES[key]}; expected one of ${allowed.join(', ')}. It is ignored${scope}.`);
  }
  // Ministries first, for examples.
  const refs = key === 'organisation' ? [...feed.organisations].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined)) : referencesOf(feed, key);
  const { kind, expected } = EXPECTED[key];
  return values
    .filter((v) => !refs.some((r) => r.id === v))
    .map((v) => {
      const example = exampleFor(refs, v);
      const hint = example === undefined ? 'the feed lists none' : `expected ${expected} such as "${example.id}" (${example.name})`;
      return `${naming(key, raw, v)} is not ${kind} of the feed; ${hint}. ${consequence}`;
    });
}
