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

/**
 * At most this many cells of edit-distance tables are computed to find examples, for all the values of one call of
 * {@link presetWarnings} (or one of {@link exampleFor}); past it, the best example found so far (or the first item) is
 * given. A few hundred items of a real feed take far less; a hostile feed of tens of thousands of long names cannot
 * block the page (each cell costs a few nanoseconds), however many unknown values the attribute holds.
 */
export const EXAMPLE_MAX_CELLS = 1_000_000;

/** Work counted while looking for examples (tests read it). */
export interface ExampleWork {
  /** Cells of edit-distance tables computed. */
  cells: number;
}

/**
 * The number of single-character edits from `a` to `b` when it is at most `max`, else `max + 1`. Only the band of
 * cells within `max` of the diagonal is computed, and the computation stops as soon as a row exceeds `max`: at
 * most `(a.length + 1) × (2 max + 1)` cells, none when the lengths differ by more than `max`.
 */
function boundedDistance(a: string, b: string, max: number, work: ExampleWork): number {
  const over = max + 1;
  const n = b.length;
  if (Math.abs(a.length - n) > max) return over;
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => (j <= max ? j : over));
  let next: number[] = new Array<number>(n + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    next[0] = i <= max ? i : over;
    if (from > 1) next[from - 1] = over;
    let rowMin = next[0] as number;
    for (let j = from; j <= to; j++) {
      const d = Math.min((prev[j] as number) + 1, (next[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      next[j] = d < over ? d : over;
      if (d < rowMin) rowMin = d;
    }
    if (to < n) next[to + 1] = over;
    work.cells += to - from + 1;
    if (rowMin > max) return over;
    [prev, next] = [next, prev];
  }
  return Math.min(prev[n] as number, over);
}

/**
 * A search for the item of `refs` that who wrote a value most likely meant (its id or name contains it, or is a few
 * typos away), else the first. The ids and names are put in comparable form once, on the first value that needs
 * them; the search for typos stops once `work` counts {@link EXAMPLE_MAX_CELLS} cells, for all the values searched.
 */
function exampleFinder(refs: readonly Reference[], work: ExampleWork): (value: string) => Reference | undefined {
  let keys: readonly (readonly [id: string, name: string])[] | undefined;
  return (value) => {
    const key = nameKey(value);
    if (key.length < 3 || key.length > 64) return refs[0];
    keys ??= refs.map((r) => [nameKey(r.id), nameKey(r.name)] as const);
    const contains = keys.findIndex(([id, name]) => id.includes(key) || name.includes(key));
    if (contains !== -1) return refs[contains];
    let best: Reference | undefined;
    // Within this many edits, a close name is taken for the meant one; a smaller distance found narrows it.
    let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
    for (let i = 0; i < refs.length && work.cells < EXAMPLE_MAX_CELLS; i++) {
      const [id, name] = keys[i] as readonly [string, string];
      const byId = boundedDistance(key, id, bestDistance - 1, work);
      const d = Math.min(byId, boundedDistance(key, name, Math.min(byId, bestDistance) - 1, work));
      if (d < bestDistance) [best, bestDistance] = [refs[i], d];
    }
    return best ?? refs[0];
  };
}

/**
 * The item of `refs` that who wrote `value` most likely meant (its id or name contains it, or is a few typos away),
 * else the first. The search for typos stops after {@link EXAMPLE_MAX_CELLS} cells of work, counted in `work`.
 */
export function exampleFor(refs: readonly Reference[], value: string, work: ExampleWork = { cells: 0 }): Reference | undefined {
  return exampleFinder(refs, work)(value);
}

/** The value in a warning: the attribute as written, or the value in it when it holds others. */
const naming = (key: string, raw: string, given: string): string => (raw.trim() === given ? `${key}="${raw}"` : `"${given}" in ${key}="${raw}"`);

/**
 * The warnings, in English, about `values` of preset `key` (written `raw`) that `feed` does not know;
 * `consequence` says what the element does with an unknown id or code (an unknown enumerated value is ignored).
 * The search for examples shares one budget of {@link EXAMPLE_MAX_CELLS} cells, counted in `work`.
 */
export function presetWarnings(
  key: SelectFilter,
  raw: string,
  values: readonly string[],
  feed: Feed,
  consequence: string,
  work: ExampleWork = { cells: 0 },
): string[] {
  if (isEnumFilter(key)) {
    const allowed = ENUMS[key];
    const unknown = values.filter((v) => cleanValue(key, v) === '');
    const scope = unknown.length === values.length ? `: the list is not limited by ${ENUM_NAMES[key]}` : '';
    return unknown.map((v) => `${naming(key, raw, v)} is not a ${ENUM_NAMES[key]}; expected one of ${allowed.join(', ')}. It is ignored${scope}.`);
  }
  // Ministries first, for examples.
  const refs = key === 'organisation' ? [...feed.organisations].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined)) : referencesOf(feed, key);
  const { kind, expected } = EXPECTED[key];
  const exampleOf = exampleFinder(refs, work);
  return values
    .filter((v) => !refs.some((r) => r.id === v))
    .map((v) => {
      const example = exampleOf(v);
      const hint = example === undefined ? 'the feed lists none' : `expected ${expected} such as "${example.id}" (${example.name})`;
      return `${naming(key, raw, v)} is not ${kind} of the feed; ${hint}. ${consequence}`;
    });
}
