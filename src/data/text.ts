/**
 * Text folding and tokenising for search: framework-free and shared by the
 * search index (what is stored) and the query (what is looked for), so that
 * both sides always agree.
 *
 * - `fold` compares characters: lower case, no diacritics, ligatures spelled out.
 * - `tokenize` cuts folded text into words, knowing French inclusive writing
 *   ("Développeur·se" gives `developpeur` and `developpeuse`) and elision
 *   ("l’emploi" gives `emploi`).
 * - `queryTerms` reads what a user typed: one entry per word, each entry the
 *   forms any of which may match, with French stop words dropped; typed text
 *   without a word is one entry with no form, which matches nothing.
 */

/**
 * Letters that Unicode decomposition leaves whole, spelled as a French reader would type them; and characters
 * that show nothing inside a word (soft hyphen, zero-width space and joiners, direction marks, word joiner, BOM), dropped so
 * that "front\u00adend", shown "frontend", is the word `frontend`.
 */
const LETTERS: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  ı: 'i',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u200e': '',
  '\u200f': '',
  '\u2060': '',
  '\ufeff': '',
};
const LETTER_RE = /[œæøłđðþßı\u00ad\u200b-\u200f\u2060\ufeff]/g;
const MARKS_RE = /\p{M}+/gu;
/**
 * A non-ASCII character: a surrogate pair, or one UTF-16 unit (a lone surrogate stays one unit). Written
 * without the `u` flag: in Unicode mode, JavaScriptCore (WebKitGTK 2.50) skips or merges some BMP
 * characters, e.g. it finds no match in "\uF900\uFF01".
 */
const NON_ASCII_RE = /[\ud800-\udbff][\udc00-\udfff]|[\u0080-\uffff]/g;
/** Apostrophes: typographic, ASCII, modifier letter, and the accents people type instead. */
const APOSTROPHES = "'’ʼ‘`´";

/** One character folded on its own; the loop reaches a fixed point ("ẞ" → "ß" → "ss"). */
function foldChar(c: string): string {
  let out = c;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.normalize('NFKD').replace(MARKS_RE, '').toLowerCase().replace(LETTER_RE, (l) => LETTERS[l] ?? l);
  }
  return out;
}

/** Folded non-ASCII characters met so far (a text uses few distinct ones). */
const folded = new Map<string, string>();

/**
 * Folds a string for comparison: lower case, diacritics removed, compatibility
 * forms unified (NFKD: "ﬁ" is "fi", full-width letters are ASCII) and the
 * ligatures œ/æ (and a few other undecomposable letters) spelled out.
 * Punctuation is kept: `tokenize` decides what separates words.
 * Characters are folded one by one (through a cache), which gives what
 * folding the whole string would, marks being dropped anyway.
 */
export function fold(s: string): string {
  return s.toLowerCase().replace(NON_ASCII_RE, (c) => {
    let f = folded.get(c);
    if (f === undefined) {
      f = foldChar(c);
      if (folded.size < 10_000) folded.set(c, f);
    }
    return f;
  });
}

/** Elided words (l’, d’, qu’…): dropped when an apostrophe and a letter follow. */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** Separators of French inclusive writing: middle dots, bullet, and the plain full stop. */
const INCLUSIVE_DOTS = '·•‧⋅∙.';

/** Feminine endings written after an inclusive separator ("ingénieur·e", "chef·fe", "directeur·rice"). */
const FEMININE_SUFFIXES = new Set(['e', 'se', 'euse', 'rice', 'trice', 'ice', 'ne', 'fe', 'le', 'te', 'ere', 'ive', 've', 'sse']);
/** Plural endings written after an inclusive separator ("ingénieur·e·s"): read and ignored. */
const PLURAL_SUFFIXES = new Set(['s', 'es', 'x']);

/** The feminine ending in an inclusive suffix, plural or not ("se", "ses" → `se`; "es" → `e`), if there is one. */
function feminineEnding(suffix: string): string | undefined {
  if (FEMININE_SUFFIXES.has(suffix)) return suffix;
  const singular = suffix.slice(0, -1);
  return suffix.endsWith('s') && FEMININE_SUFFIXES.has(singular) ? singular : undefined;
}

/** French words too common to narrow a search; dropped from queries (not from the index). */
const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les',
  'ou', 'par', 'pour', 'sur', 'un', 'une',
]);

/**
 * The feminine form written by a masculine word and an inclusive ending:
 * ("developpeur", "se") → "developpeuse", ("administrateur", "rice") → "administratrice",
 * ("conseiller", "ere") → "conseillere", ("chef", "fe") → "cheffe".
 */
export function feminine(word: string, suffix: string): string {
  if (word.endsWith('eur') && suffix.startsWith('r')) return word.slice(0, -3) + suffix;
  if (suffix === 'se' && /[rx]$/.test(word)) return word.slice(0, -1) + suffix;
  if (suffix === 've' && word.endsWith('f')) return word.slice(0, -1) + suffix;
  if (suffix.length >= 3) {
    // The ending restarts inside the word's last letters: "direc|teur" + "trice", "conseill|er" + "ere".
    const tail = word.slice(-4);
    const at = tail.lastIndexOf(suffix[0] as string);
    if (at >= 0) return word.slice(0, word.length - tail.length + at) + suffix;
  }
  return word + suffix;
}

/** 1: letter or digit, 2: not; per UTF-16 code unit of the BMP, filled on first sight. */
const wordUnits = new Uint8Array(0x10000);
const ALNUM_RE = /^[\p{L}\p{N}]$/u;

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function alnumAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i) as number;
    return cp > 0xffff && ALNUM_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  if (wordUnits[c] === 0) wordUnits[c] = ALNUM_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return wordUnits[c] === 1 ? 1 : 0;
}

/** End of the run of letters and digits starting at `i`. */
function wordEnd(s: string, i: number): number {
  let j = i;
  for (let len = alnumAt(s, j); len > 0; len = alnumAt(s, j)) j += len;
  return j;
}

/** Hyphens that join the words of a compound ("front-end"), once folded (NFKD makes U+2011 a U+2010). */
const HYPHENS: ReadonlySet<string | undefined> = new Set(['-', '\u2010']);

/**
 * Hyphenated inclusive endings follow a word of at least this many letters ("ingenieur-e", "developpeur-euse").
 * Shorter words are more often names and codes ("Java-SE", "Bac-S", "RER-E"), and their compound is then their
 * feminine anyway ("chef-fe" → `cheffe`).
 */
const MIN_HYPHEN_INCLUSIVE_WORD = 6;

/**
 * For one `scan` of `s`: whether the hyphen at `at` starts inclusive endings that end the compound
 * ("ingenieur-e", "developpeur-euse", "ingenieur-e-s"; not "villeneuve-le-roi", whose "le" is followed by a
 * word). A run read once answers for each of its hyphens: reading ahead from each would be quadratic
 * ("a-e-e-e-…" in a hostile feed).
 */
function endingsAhead(s: string): (at: number) => boolean {
  let from = -1;
  let to = -1;
  let ok = false;
  return (at) => {
    if (at > from && at < to) return ok;
    let i = at;
    ok = true;
    while (HYPHENS.has(s[i])) {
      const after = wordEnd(s, i + 1);
      const suffix = s.slice(i + 1, after);
      if (feminineEnding(suffix) === undefined && !PLURAL_SUFFIXES.has(suffix)) {
        ok = false;
        break;
      }
      i = after;
    }
    from = at;
    to = i;
    return ok;
  };
}

/**
 * Cuts folded text into words and calls `emit` with each: the word, its
 * feminine when written in inclusive form, and where the word ends (the
 * suffixes included). A word is letters and digits, plus a trailing run of
 * `+`/`#` when nothing alphanumeric follows ("c++" and "c#" are words, "bac+5"
 * is `bac` and `5`).
 */
function scan(s: string, emit: (word: string, female: string | undefined, end: number, start: number) => void): void {
  const n = s.length;
  const inclusiveHyphen = endingsAhead(s);
  let i = 0;
  while (i < n) {
    const first = alnumAt(s, i);
    if (first === 0) {
      i++;
      continue;
    }
    let end = wordEnd(s, i + first);
    let k = end;
    while (s[k] === '+' || s[k] === '#') k++;
    if (k > end && alnumAt(s, k) === 0) end = k;
    const word = s.slice(i, end);
    // Elision: "l’emploi", "qu'il".
    if (APOSTROPHES.includes(s[end] ?? '') && alnumAt(s, end + 1) > 0 && ELIDED.has(word)) {
      i = end + 1;
      continue;
    }
    // Inclusive writing: "developpeur·se", "ingenieur.e.s", "technicien(ne)", "developpeur-euse".
    let female: string | undefined;
    for (;;) {
      const sep = s[end] ?? '';
      if (sep !== '(' && !INCLUSIVE_DOTS.includes(sep) && !(HYPHENS.has(sep) && word.length >= MIN_HYPHEN_INCLUSIVE_WORD && inclusiveHyphen(end))) break;
      const after = wordEnd(s, end + 1);
      const suffix = s.slice(end + 1, after);
      if (sep === '(' && s[after] !== ')') break;
      const ending = feminineEnding(suffix);
      if (ending !== undefined && female === undefined) female = feminine(word, ending);
      else if (!PLURAL_SUFFIXES.has(suffix)) break;
      end = sep === '(' ? after + 1 : after;
    }
    emit(word, female === word ? undefined : female, end, i);
    i = end;
  }
}

/**
 * Most words a compound joins: "Saint-Jean-de-Luz" has 4. Longer ones ("a-a-a-a-…" in a hostile feed) would
 * make the index grow with the square of their length.
 */
const MAX_COMPOUND_WORDS = 4;

const LATIN_LETTER = /^[a-z]$/;

/**
 * Whether the word starting at `start` is joined to the previous one, ending at `previousEnd`: by one hyphen
 * ("front-end"), or by a dot between two letters ("node.js", "asp.net"; inclusive endings such as
 * "ingenieur.e" are read before).
 */
const joined = (s: string, previousEnd: number, start: number): boolean =>
  start === previousEnd + 1 &&
  (HYPHENS.has(s[previousEnd]) || (s[previousEnd] === '.' && LATIN_LETTER.test(s[previousEnd - 1] ?? '') && LATIN_LETTER.test(s[start] ?? '')));

/**
 * Cuts a text into folded words, in order, for indexing. An inclusive form
 * gives both words ("Développeur·se" → `developpeur`, `developpeuse`), elided
 * articles are dropped ("d’Azur" → `azur`), and stop words are kept.
 *
 * Hyphenated words also give their compounds, so that "frontend" finds "front-end":
 * every run of 2 to 4 joined words that neither starts nor ends with a stop word
 * ("Lead-dev-front-end" → … `frontend`, `devfrontend`, `leaddevfrontend`; "Île-de-France"
 * → `ile`, `de`, `france`, `iledefrance`, not `ilede`).
 */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  const f = fold(s);
  /** The words before this one in its chain of joined words, the last 3 at most. */
  let before: string[] = [];
  let previousEnd = -2;
  scan(f, (word, female, end, start) => {
    out.push(word);
    if (female !== undefined) out.push(female);
    if (!joined(f, previousEnd, start)) before = [];
    if (!STOP_WORDS.has(word)) {
      let compound = word;
      for (let i = before.length - 1; i >= 0; i--) {
        const first = before[i] as string;
        compound = first + compound;
        if (!STOP_WORDS.has(first)) out.push(compound);
      }
    }
    before.push(word);
    if (before.length === MAX_COMPOUND_WORDS) before.shift();
    previousEnd = end;
  });
  return out;
}

const ENDINGS = [...FEMININE_SUFFIXES, ...PLURAL_SUFFIXES];

/**
 * A query word in the plural also matches its singular ("développeurs" finds "Développeur·se", "réseaux"
 * "réseau"), from this length on: shorter words ending in s or x are seldom plurals ("bus", "paris", "cours").
 */
const MIN_PLURAL_WORD = 6;
const PLURAL_END = /[sx]$/;

/**
 * The other forms of a query word of {@link MIN_PLURAL_WORD} letters or more, in number: a plural's singular
 * ("developpeurs" → `developpeur`, "reseaux" → `reseau`), and the -al/-aux pairs both ways ("regionaux" →
 * `regional`; "national" → `nationaux`, as "national" does not start "nationaux").
 */
function numberForms(word: string): string[] {
  if (word.length < MIN_PLURAL_WORD) return [];
  // "noyaux" is "noyau" or "noyal": both are kept, as nothing tells them apart.
  if (word.endsWith('aux') && !word.endsWith('eaux')) return [word.slice(0, -1), `${word.slice(0, -2)}l`];
  if (word.endsWith('al')) return [`${word.slice(0, -1)}ux`];
  return PLURAL_END.test(word) ? [word.slice(0, -1)] : [];
}

/**
 * Whether `word`, at `start` of `s` and still being typed, is the start of an inclusive ending right after a word
 * ("developpeur-eu", "administrateur.tri", "developpeur(eus"): a term of its own would match nothing until
 * the ending is complete, and then the ending is read with its word.
 */
function partialEnding(s: string, start: number, word: string): boolean {
  const sep = s[start - 1];
  const afterWord = start >= 2 && alnumAt(s, start - 2) > 0;
  const inclusive = sep === '(' || HYPHENS.has(sep) || (sep !== undefined && INCLUSIVE_DOTS.includes(sep));
  return afterWord && inclusive && ENDINGS.some((ending) => ending.startsWith(word));
}

/** Most terms a query is read for; words beyond are ignored (a pasted page must not stall a keystroke). */
export const MAX_QUERY_TERMS = 32;
/** Most characters of a query read: far more than 32 words need, and a pasted page is not read in full. */
const MAX_QUERY_CHARS = 1000;

/**
 * Reads a search query: one term per word, each term the list of forms any of
 * which may match (an inclusive form "développeur·se" is one term with two
 * forms). Stop words are dropped unless the last word is one and is still
 * being typed ("chef de" keeps `de`: it may be the start of "développeur"). A
 * plural of 6 letters or more also matches its singular ("developpeurs" is
 * `developpeurs` or `developpeur`), and words in -al and -aux match each other
 * ("regional" is `regional` or `regionaux`).
 * The words of a hyphenated compound also match the compound written whole, as
 * the index has it: "front-end" is `front` or `frontend`, then `end` or `frontend`,
 * so that it finds "front-end", "front end" and "frontend". A word also matches
 * the compound of the words up to it (at most 4, not starting with a stop word):
 * `end` in "front-end-react" is `end`, `frontend` or `frontendreact`, and finds
 * "frontend React". Each term still needs its own word, alone or in a compound.
 * Repeated terms are kept once, and at most `MAX_QUERY_TERMS` are read. Never throws.
 *
 * A query of blanks has no term: it searches nothing. A query with no word but something else ("🦄", "★★", "^")
 * is one term with no form, which nothing matches: the visitor looked for something that no text has.
 */
export function queryTerms(s: string): string[][] {
  const f = fold(s.slice(0, MAX_QUERY_CHARS));
  /** Each word: its own forms, the compound of the words up to it, its chain and its place in it. */
  const all: { forms: string[]; inclusive: boolean; upTo: string; start: number; end: number; chain: number; place: number }[] = [];
  /** The first 4 words of each chain of joined words, joined, by chain number (a lone word is a chain of one). */
  const compounds: string[] = [];
  /** The words before this one in its chain, the last 3 at most. */
  let before: string[] = [];
  let place = 0;
  let previousEnd = -2;
  scan(f, (word, female, end, start) => {
    if (joined(f, previousEnd, start)) {
      place += 1;
    } else {
      compounds.push('');
      before = [];
      place = 1;
    }
    const chain = compounds.length - 1;
    if (place <= MAX_COMPOUND_WORDS) compounds[chain] += word;
    const run = [...before, word];
    while (run.length > 1 && STOP_WORDS.has(run[0] as string)) run.shift();
    const forms = female === undefined ? [word] : [word, female];
    forms.push(...numberForms(word));
    all.push({ forms, inclusive: female !== undefined, upTo: run.join(''), start, end, chain, place });
    before.push(word);
    if (before.length === MAX_COMPOUND_WORDS) before.shift();
    previousEnd = end;
  });
  // The raw text, not the folded one: folding makes a lone accent ("´", "¨") a blank.
  if (all.length === 0) return s.trim() === '' ? [] : [[]];
  const last = all[all.length - 1] as (typeof all)[number];
  if (last.end === f.length && partialEnding(f, last.start, last.forms[0] as string)) all.pop();
  /** Whether the word at `i` is a term: stop words are not, unless still being typed. */
  const isTerm = (i: number): boolean => {
    const word = all[i];
    if (word === undefined) return false;
    const typing = i === all.length - 1 && word.end === f.length;
    return typing || word.inclusive || !STOP_WORDS.has(word.forms[0] as string);
  };
  const alone = (i: number): boolean => all[i]?.place === 1 && all[i + 1]?.chain !== all[i]?.chain;
  /** Two neighbour words, each on its own, also match as one ("full stack" finds "fullstack"): by first word. */
  const pairs = all.map((word, i): string[] =>
    isTerm(i) && isTerm(i + 1) && alone(i) && alone(i + 1) && word.forms[0] !== all[i + 1]?.forms[0]
      ? [`${word.forms[0]}${all[i + 1]?.forms[0]}`]
      : [],
  );
  const terms: string[][] = [];
  const seen = new Set<string>();
  for (let i = 0; i < all.length && terms.length < MAX_QUERY_TERMS; i++) {
    if (!isTerm(i)) continue;
    const { forms: own, upTo, chain, place } = all[i] as (typeof all)[number];
    const whole = place <= MAX_COMPOUND_WORDS ? [compounds[chain] as string] : [];
    const forms = [...new Set([...own, upTo, ...whole, ...(pairs[i - 1] ?? []), ...(pairs[i] ?? [])])];
    const key = forms.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(forms);
  }
  return terms;
}
