import { expect } from '@open-wc/testing';
import { EXAMPLE_MAX_CELLS, exampleFor, presetWarnings, type ExampleWork } from '../../src/components/preset-warnings.js';
import type { Feed, Organisation } from '../../src/data/types.js';

/** Letters from a fixed seed: the same names on every run. */
function letters(seed: number): (length: number) => string {
  let state = seed;
  return (length) => {
    let s = '';
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      s += String.fromCharCode(97 + ((state >>> 16) % 26));
    }
    return s;
  };
}

function feedOf(organisations: Organisation[]): Feed {
  return { version: 1, offers: [], organisations, families: [], trades: [], regions: [], departements: [], issues: [] };
}

/** `count` organisations with random names of `length` letters. */
function hostileOrganisations(count: number, length: number): Organisation[] {
  const random = letters(42);
  return Array.from({ length: count }, (_, i) => ({ id: `org-${i}`, name: random(length) }));
}

/** One comparison computes at most (key length + 1) × (2 × 16 + 1) cells, id and name: the overshoot past the cap. */
const LAST_COMPARISON = 2 * 65 * 33;

const WARNING = /^organisation="[^"]+" is not an organisation id of the feed; expected an id such as "[^"]+" \([^)]+\)\. The list shows no offer for it\.$/;

describe('presetWarnings: examples for unknown ids', () => {
  it('keeps suggesting the near names of a small feed', () => {
    const feed = feedOf([
      { id: 'min-interieur', name: 'Ministère de l’Intérieur' },
      { id: 'dinum', name: 'Direction interministérielle du numérique', parent: 'min-interieur' },
    ]);
    expect(presetWarnings('organisation', 'min-interieru', ['min-interieru'], feed, 'X.')).to.deep.equal([
      'organisation="min-interieru" is not an organisation id of the feed; expected an id such as "min-interieur" (Ministère de l’Intérieur). X.',
    ]);
    expect(presetWarnings('organisation', 'numerique', ['numerique'], feed, 'X.')[0]).to.contain('such as "dinum"');
    expect(presetWarnings('organisation', 'zzz', ['zzz'], feed, 'X.')[0]).to.contain('such as "min-interieur"');
  });

  for (const [nameLength, valueLength] of [
    [300, 13],
    [300, 64],
    [13, 13],
    [64, 64],
    [70, 64],
  ] as const) {
    it(`warns about an unknown organisation of ${valueLength} characters among 20,000 of ${nameLength}, within a bounded work`, () => {
      const organisations = hostileOrganisations(20_000, nameLength);
      const value = letters(7)(valueLength);
      const work: ExampleWork = { cells: 0 };
      const example = exampleFor(organisations, value, work);
      expect(example).not.to.equal(undefined);
      expect(work.cells).to.be.at.most(EXAMPLE_MAX_CELLS + LAST_COMPARISON);
      const warnings = presetWarnings('organisation', value, [value], feedOf(organisations), 'The list shows no offer for it.');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(WARNING);
    });
  }

  it('searches examples for all the unknown values of an attribute within one budget, reading the names once', () => {
    const names = hostileOrganisations(20_000, 64);
    let nameReads = 0;
    // Names behind a getter, to count how often the search reads them.
    const organisations = names.map(({ id, name }) => ({
      id,
      get name(): string {
        nameReads++;
        return name;
      },
    }));
    const random = letters(11);
    const values = Array.from({ length: 5 }, () => random(64));
    const work: ExampleWork = { cells: 0 };
    const warnings = presetWarnings('organisation', values.join(' '), values, feedOf(organisations), 'The list shows no offer for it.', work);
    expect(warnings).to.have.length(5);
    for (const warning of warnings) expect(warning).to.match(/^"[a-z]+" in organisation="[a-z ]+" is not an organisation id of the feed; expected an id such as "org-\d+" \(/);
    // One budget for the five values, not one each; the search did spend it.
    expect(work.cells).to.be.at.least(EXAMPLE_MAX_CELLS);
    expect(work.cells).to.be.at.most(EXAMPLE_MAX_CELLS + LAST_COMPARISON);
    // Each name put in comparable form once, plus the example's name in each warning.
    expect(nameReads).to.be.at.most(organisations.length + values.length);
  });

  it('finds a name a few typos away among 20,000 long ones without comparing them (their length rules them out)', () => {
    const organisations = [...hostileOrganisations(20_000, 300), { id: 'dnum', name: 'Direction du numérique' }];
    const work: ExampleWork = { cells: 0 };
    expect(exampleFor(organisations, 'direction-du-numeirque', work)?.id).to.equal('dnum');
    // One comparison of 20 letters with 20, in a band of 2 × 5 + 1: the 300-letter names cost nothing.
    expect(work.cells).to.be.at.most(21 * 11);
  });

  it('finds the closest name, not the first close one, when several are within reach', () => {
    const refs = [
      { id: 'a', name: 'Développeuse' },
      { id: 'b', name: 'Développeur' },
      { id: 'c', name: 'Developeur' },
    ];
    expect(exampleFor(refs, 'developpur')?.id).to.equal('b');
    expect(exampleFor(refs, 'devlopeuse')?.id).to.equal('a');
    expect(exampleFor(refs, 'devellopeur')?.id).to.equal('c');
    expect(exampleFor(refs, 'devlopeur')?.id).to.equal('c');
  });

  it('suggests what the unbounded search suggested, for small feeds', () => {
    const random = letters(3);
    for (let round = 0; round < 300; round++) {
      // Short names from few letters, so that many are a few edits apart.
      const short = (length: number) => random(length).replace(/[e-z]/g, (c) => 'abcd'[c.charCodeAt(0) % 4] as string);
      const refs = Array.from({ length: 20 }, (_, i) => ({ id: `x${i}`, name: short(3 + (i % 9)) }));
      const value = short(3 + (round % 12));
      expect(exampleFor(refs, value)?.id, `${value} among ${refs.map((r) => r.name).join(' ')}`).to.equal(unboundedExampleFor(refs, value)?.id);
    }
  });
});

/** The search as it was, with no bound: the suggestions to keep. */
function unboundedExampleFor(refs: readonly { id: string; name: string }[], key: string): { id: string; name: string } | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      row = next;
    }
    return row[b.length] as number;
  };
  const contains = refs.find((r) => r.id.includes(key) || r.name.includes(key));
  if (contains !== undefined) return contains;
  let best;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const r of refs) {
    const d = Math.min(distance(r.id, key), distance(r.name, key));
    if (d < bestDistance) [best, bestDistance] = [r, d];
  }
  return best ?? refs[0];
}
