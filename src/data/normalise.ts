/**
 * The data boundary: turns the JSON of a feed (or of a per-offer document) into
 * the domain model of `types.ts`.
 *
 * A tolerant reader. Unknown fields are ignored. An item that breaks a rule the
 * elements rely on (an offer without id, title, publication date, known
 * organisation or a usable way to apply…) is skipped; an optional field that is
 * unusable is dropped. Both are reported in `feed.issues` with a JSON pointer, so
 * that feed publishers can fix them, and the rest of the feed still shows.
 *
 * Only `normaliseFeed` on something that is not a version-1 feed throws
 * (a `FeedError` with code `invalid-feed`). Strings are trimmed and capped, URLs
 * are resolved against the document's URL and kept only when http(s), dates
 * become epoch milliseconds, enum values are checked against `types.ts`.
 * The output holds only values this module wrote: no key of the input is copied,
 * so `__proto__` and friends cannot leak through.
 */
import { BIDI_CONTROLS } from './bidi.js';
import { withoutCredentials } from './credentials.js';
import { FeedError } from './errors.js';
import { isId, MAX_CODE_LENGTH, MAX_ID_LENGTH } from './ids.js';
import { SLICE_MS, yieldToEventLoop } from './slices.js';
import {
  APPLY_MODES,
  CATEGORIES,
  CONTRACT_TYPES,
  OFFER_STATUSES,
  OPEN_TO,
  REMOTE_STATUSES,
  SECTION_KEYS,
} from './types.js';
import type {
  Apply,
  ApplyMode,
  Category,
  ContractType,
  Departement,
  Feed,
  FeedIssue,
  JobLocation,
  Offer,
  OfferDocument,
  OfferStatus,
  OpenTo,
  Organisation,
  Region,
  RemoteStatus,
  Salary,
  SectionKey,
  Trade,
  TradeFamily,
} from './types.js';

/** Length caps, in UTF-16 code units. Longer text is cut and ends with "…"; longer ids and URLs are refused. */
export const LIMITS = {
  /** Ids are also limited to `[A-Za-z0-9_-]`, the first a letter or digit (see `readId`, data/ids.ts). */
  id: MAX_ID_LENGTH,
  code: MAX_CODE_LENGTH,
  title: 300,
  name: 300,
  acronym: 50,
  excerpt: 500,
  description: 5000,
  listItem: 500,
  listLength: 100,
  locality: 200,
  postalCode: 20,
  url: 2048,
  email: 254,
  subject: 200,
  extra: 300,
  section: 100_000,
  /** At most this many issues are listed; the last one then says `too-many-issues`. */
  issues: 1000,
} as const;

/** Codes used in `FeedIssue.code`. */
export const ISSUE_CODES = [
  'missing',
  'invalid-type',
  'invalid-value',
  'unsafe-url',
  'duplicate',
  'unknown-reference',
  'inconsistent',
  'too-many-issues',
] as const;
export type FeedIssueCode = (typeof ISSUE_CODES)[number];

type Json = Record<string, unknown>;

interface Context {
  readonly base: UrlBase;
  readonly issues: FeedIssue[];
  /** Dates already read in this document (a feed repeats the same few days). */
  readonly dates: Map<string, number | undefined>;
}

function context(baseUrl: string): Context {
  return { base: urlBase(baseUrl), issues: [], dates: new Map() };
}

const CONTRACT_SET: ReadonlySet<string> = new Set(CONTRACT_TYPES);
const REMOTE_SET: ReadonlySet<string> = new Set(REMOTE_STATUSES);
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const OPEN_TO_SET: ReadonlySet<string> = new Set(OPEN_TO);
const STATUS_SET: ReadonlySet<string> = new Set(OFFER_STATUSES);
const APPLY_MODE_SET: ReadonlySet<string> = new Set(APPLY_MODES);

const MAX_SALARY = 10_000_000;
const MAX_EXPERIENCE_MONTHS = 1200;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function report(ctx: Context, path: string, code: FeedIssueCode, action: FeedIssue['action'], id?: string): void {
  const { issues } = ctx;
  if (issues.length > LIMITS.issues) return;
  if (issues.length === LIMITS.issues) {
    issues.push({ path: '', code: 'too-many-issues', action });
    return;
  }
  const issue: FeedIssue = { path, code, action };
  if (id !== undefined) issue.id = id;
  issues.push(issue);
}

/** Cuts `text` to at most `max` code units, never inside a surrogate pair, ending with "…". */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

const SPACES = /\s+/g;
const NEEDS_COLLAPSE = /\s\s|[\t\n\r\f\v\u00a0\u2028\u2029]/;

// Bidirectional overrides, embeddings and isolates let a feed spoof what a text
// shows ("exe.png" for "gnp.exe"); C0/C1 control characters have no place in text.
const UNSAFE_CHARS = new RegExp(`[\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f${BIDI_CONTROLS}]`, 'g');

// More than a few combining marks on one letter only stack up and spill over what surrounds the text
// ("Zalgo" text); no language the feed may hold needs more than three.
const MARK_RUNS = /(\p{M}{3})\p{M}+/gu;

// A soft hyphen marks where a word may break. Next to a space, or at either end of the text, it marks nothing (the
// line may break there anyway), and Firefox draws its hyphen past the end of a full line: " \u00AD" after a long
// URL ran 3 px out of a 360 px column. Runs of them are one.
const LOOSE_SOFT_HYPHENS = /(?<=^|\s)\u00AD+|\u00AD+(?=\s|$)|(?<=\u00AD)\u00AD+/g;

/**
 * Removes the characters of {@link UNSAFE_CHARS}, replaces lone surrogates (JSON allows `"\ud800"`, which is no
 * character, and which `encodeURIComponent` refuses) with U+FFFD, keeps at most three combining marks in a row, and
 * only the soft hyphens inside words ({@link LOOSE_SOFT_HYPHENS}).
 */
function stripUnsafe(text: string): string {
  UNSAFE_CHARS.lastIndex = 0;
  let s = UNSAFE_CHARS.test(text) ? text.replace(UNSAFE_CHARS, '') : text;
  // ES2024, in every browser the library supports (README, Browsers).
  if (!s.isWellFormed()) s = s.toWellFormed();
  if (s.includes('\u00AD')) s = s.replace(LOOSE_SOFT_HYPHENS, '');
  MARK_RUNS.lastIndex = 0;
  return MARK_RUNS.test(s) ? s.replace(MARK_RUNS, '$1') : s;
}

/** Trimmed, capped single-line text; runs of white space become one space. */
function line(text: string, max: number): string {
  let s = stripUnsafe(text).trim();
  if (NEEDS_COLLAPSE.test(s)) s = s.replace(SPACES, ' ');
  return clip(s, max);
}

/**
 * An optional text field: absent (undefined/null/empty) → undefined silently,
 * wrong type → undefined and reported.
 */
function optText(
  ctx: Context,
  obj: Json,
  key: string,
  max: number,
  base: string,
  id: string | undefined,
  multiline = false,
): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(ctx, `${base}/${key}`, 'invalid-type', 'dropped', id);
    return undefined;
  }
  const s = multiline ? clip(stripUnsafe(value).trim(), max) : line(value, max);
  return s === '' ? undefined : s;
}

/**
 * An identifier or code: a string that, once trimmed, is an id of at most `max` characters
 * (`isId`, data/ids.ts), or a non-negative safe integer, read as its decimal form.
 */
function readId(value: unknown, max: number): string | undefined {
  const s = idText(value);
  return s !== undefined && isId(s, max) ? s : undefined;
}

/** An id as written, before any check: a string trimmed, or a safe integer's decimal form. */
function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** Why `readId` refused a value, for the report. */
function idProblem(value: unknown): FeedIssueCode {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'string') return value.trim() === '' ? 'missing' : 'invalid-value';
  return typeof value === 'number' ? 'invalid-value' : 'invalid-type';
}

/** A base URL, with what the fast paths of `resolveHttpUrl` need. */
interface UrlBase {
  /** The base, or '' when it is not a URL (then only absolute URLs are read). */
  href: string;
  /** `https://host/dir/`: the base without its last path segment, query and fragment. */
  dir?: string;
  origin?: string;
}

function urlBase(href: string): UrlBase {
  const base: UrlBase = { href };
  try {
    const url = new URL(href);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '') {
      base.origin = url.origin;
      base.dir = new URL('./', url).href;
    }
  } catch {
    base.href = ''; // No usable base: relative URLs will be refused, absolute ones still read.
  }
  return base;
}

// Parsing every offer's URLs with `new URL` would dominate the time spent reading a big feed
// (a few microseconds each in Chromium, more in Firefox). URLs that are already in the form the
// URL parser outputs are recognised by these patterns and kept or joined as they are: lower-case
// host name ending with a letter (not an IP address), no port, no user, no fragment, no "." or
// ".." segment, and only characters that the parser never escapes. Anything else takes the slow path.
const PATH_CHARS = '[A-Za-z0-9\\-._~!$&()*+,;=:@%]';
const QUERY = `(?:\\?(?:${PATH_CHARS}|[/?])*)?`;
const CANONICAL_ABSOLUTE = new RegExp(`^https?://(?:[a-z0-9-]+\\.)*[a-z][a-z0-9-]*(?:/${PATH_CHARS}*)+${QUERY}$`);
const CANONICAL_ROOTED = new RegExp(`^/(?!/)(?:${PATH_CHARS}|/)*${QUERY}$`);
const CANONICAL_RELATIVE = new RegExp(`^[A-Za-z0-9\\-._~!$&()*+,;=@%]+(?:/${PATH_CHARS}*)*${QUERY}$`);
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:[/?]|$)/i;

function resolveHttpUrl(value: string, base: UrlBase): string | undefined {
  const s = value.trim();
  if (s === '' || s.length > LIMITS.url) return undefined;
  if (!DOT_SEGMENT.test(s)) {
    if (CANONICAL_ABSOLUTE.test(s)) return s;
    if (base.dir !== undefined && CANONICAL_RELATIVE.test(s)) return base.dir + s;
    if (base.origin !== undefined && CANONICAL_ROOTED.test(s)) return base.origin + s;
  }
  let url: URL;
  try {
    url = base.href ? new URL(s, base.href) : new URL(s);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? withoutCredentials(url).href : undefined;
}

/** An absolute http(s) URL, resolved against `base`; undefined for anything else (`javascript:`, `data:`…). */
export function safeHttpUrl(value: string, base: string): string | undefined {
  return resolveHttpUrl(value, urlBase(base));
}

function optUrl(ctx: Context, obj: Json, key: string, base: string, id: string | undefined): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    report(ctx, `${base}/${key}`, 'invalid-type', 'dropped', id);
    return undefined;
  }
  const url = resolveHttpUrl(value, ctx.base);
  if (url === undefined) report(ctx, `${base}/${key}`, 'unsafe-url', 'dropped', id);
  return url;
}

// Local part without the characters that would change a mailto: URL (? & # % /).
const EMAIL =
  /^[A-Za-z0-9!$'*+=^_`{|}~-]+(?:\.[A-Za-z0-9!$'*+=^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A plain e-mail address (a leading `mailto:` is removed), or undefined. */
export function safeEmail(value: string): string | undefined {
  let s = value.trim();
  if (s.slice(0, 7).toLowerCase() === 'mailto:') s = s.slice(7);
  if (s.length > LIMITS.email || !EMAIL.test(s)) return undefined;
  return s.indexOf('@') > 64 ? undefined : s;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * An ISO 8601 date or date-time → epoch ms. Parsed here rather than by `Date.parse`,
 * whose behaviour outside the strict ECMAScript format differs between engines.
 * A date-time without offset is local time (as in ECMAScript). A date alone is a
 * calendar day in the reader's time zone: its local midnight, or with `endOfDay`
 * its last millisecond (for deadlines: "until 30 June" includes 30 June).
 */
export function parseIsoDate(value: string, endOfDay = false): number | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) {
    return endOfDay ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime() : new Date(year, month - 1, day).getTime();
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[8] === undefined && m[9] === undefined) {
    return new Date(year, month - 1, day, hour, minute, second, ms).getTime();
  }
  let offset = 0;
  if (m[9] !== undefined) {
    const oh = Number(m[10]);
    const om = m[11] === undefined ? 0 : Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset;
}

/** `parseIsoDate`, remembered for the document being read. */
function readDate(ctx: Context, value: string, endOfDay = false): number | undefined {
  const key = endOfDay ? `~${value}` : value;
  if (ctx.dates.has(key)) return ctx.dates.get(key);
  const time = parseIsoDate(value, endOfDay);
  ctx.dates.set(key, time);
  return time;
}

function optDate(
  ctx: Context,
  obj: Json,
  key: string,
  base: string,
  id: string | undefined,
  endOfDay = false,
): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    report(ctx, `${base}/${key}`, 'invalid-type', 'dropped', id);
    return undefined;
  }
  const time = readDate(ctx, value, endOfDay);
  if (time === undefined) report(ctx, `${base}/${key}`, 'invalid-value', 'dropped', id);
  return time;
}

/** One enum value; tolerates case differences (`full` → `FULL`). */
function enumValue(value: unknown, set: ReadonlySet<string>, upper: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (set.has(value)) return value;
  const s = upper ? value.trim().toUpperCase() : value.trim().toLowerCase();
  return set.has(s) ? s : undefined;
}

/** A list of enum values, given as one string or an array; bad entries are dropped, duplicates removed. */
function enumList<T extends string>(
  ctx: Context,
  obj: Json,
  key: string,
  set: ReadonlySet<string>,
  base: string,
  id: string,
): T[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    const one = enumValue(value, set, true);
    if (one !== undefined) return [one as T];
    report(ctx, `${base}/${key}`, typeof value === 'string' ? 'invalid-value' : 'invalid-type', 'dropped', id);
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const one = enumValue(item, set, true);
    if (one === undefined) {
      report(ctx, `${base}/${key}/${i}`, typeof item === 'string' ? 'invalid-value' : 'invalid-type', 'dropped', id);
    } else if (!out.includes(one as T)) {
      out.push(one as T);
    }
  }
  return out;
}

/** A list of short texts (trade missions, skills): a string or an array of strings. */
function textList(ctx: Context, obj: Json, key: string, base: string, id: string): string[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  const items: readonly unknown[] = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (let i = 0; i < items.length && out.length < LIMITS.listLength; i++) {
    const item = items[i];
    if (typeof item !== 'string') {
      report(ctx, Array.isArray(value) ? `${base}/${key}/${i}` : `${base}/${key}`, 'invalid-type', 'dropped', id);
      continue;
    }
    const s = line(item, LIMITS.listItem);
    if (s !== '') out.push(s);
  }
  return out;
}

/** Reads an array of items; a value that is not an array is reported and read as empty. */
function list(ctx: Context, root: Json, key: string): readonly unknown[] {
  const value = root[key];
  if (Array.isArray(value)) return value;
  if (value !== undefined && value !== null) report(ctx, `/${key}`, 'invalid-type', 'dropped');
  return [];
}

/** Common start of every keyed item: a record with a valid, unique id. */
function itemId(
  ctx: Context,
  item: unknown,
  base: string,
  key: string,
  seen: ReadonlyMap<string, unknown> | ReadonlySet<string>,
  max: number,
): string | undefined {
  if (!isRecord(item)) {
    report(ctx, base, 'invalid-type', 'skipped');
    return undefined;
  }
  const raw = item[key];
  const id = readId(raw, max);
  if (id === undefined) {
    report(ctx, `${base}/${key}`, idProblem(raw), 'skipped');
    return undefined;
  }
  if (seen.has(id)) {
    report(ctx, `${base}/${key}`, 'duplicate', 'skipped', id);
    return undefined;
  }
  return id;
}

/** A required display name. */
function requiredName(ctx: Context, item: Json, base: string, id: string, max: number = LIMITS.name): string | undefined {
  const raw = item.name;
  const name = typeof raw === 'string' ? line(raw, max) : '';
  if (name === '') report(ctx, `${base}/name`, raw === undefined || raw === null || raw === '' ? 'missing' : 'invalid-type', 'skipped', id);
  return name === '' ? undefined : name;
}

// ---------------------------------------------------------------------------
// Reference lists

function readRegions(ctx: Context, root: Json): Map<string, Region> {
  const out = new Map<string, Region>();
  const items = list(ctx, root, 'regions');
  for (let i = 0; i < items.length; i++) {
    const base = `/regions/${i}`;
    const code = itemId(ctx, items[i], base, 'code', out, LIMITS.code);
    if (code === undefined) continue;
    const name = requiredName(ctx, items[i] as Json, base, code);
    if (name !== undefined) out.set(code, { code, name });
  }
  return out;
}

function readDepartements(ctx: Context, root: Json, regions: ReadonlyMap<string, Region>): Map<string, Departement> {
  const out = new Map<string, Departement>();
  const items = list(ctx, root, 'departements');
  for (let i = 0; i < items.length; i++) {
    const base = `/departements/${i}`;
    const code = itemId(ctx, items[i], base, 'code', out, LIMITS.code);
    if (code === undefined) continue;
    const item = items[i] as Json;
    const name = requiredName(ctx, item, base, code);
    if (name === undefined) continue;
    const region = readId(item.region, LIMITS.code);
    if (region === undefined || !regions.has(region)) {
      report(ctx, `${base}/region`, region === undefined ? idProblem(item.region) : 'unknown-reference', 'skipped', code);
      continue;
    }
    out.set(code, { code, name, region });
  }
  return out;
}

function readOrganisations(ctx: Context, root: Json): Map<string, Organisation> {
  const out = new Map<string, Organisation>();
  const parents = new Map<string, [parent: string, index: number]>();
  const items = list(ctx, root, 'organisations');
  for (let i = 0; i < items.length; i++) {
    const base = `/organisations/${i}`;
    const id = itemId(ctx, items[i], base, 'id', out, LIMITS.id);
    if (id === undefined) continue;
    const item = items[i] as Json;
    const name = requiredName(ctx, item, base, id);
    if (name === undefined) continue;
    const org: Organisation = { id, name };
    const acronym = optText(ctx, item, 'acronym', LIMITS.acronym, base, id);
    if (acronym !== undefined) org.acronym = acronym;
    const url = optUrl(ctx, item, 'url', base, id);
    if (url !== undefined) org.url = url;
    const feed = optUrl(ctx, item, 'feed', base, id);
    if (feed !== undefined) org.feed = feed;
    const rawParent = item.parent;
    if (rawParent !== undefined && rawParent !== null && rawParent !== '') {
      const parent = readId(rawParent, LIMITS.id);
      if (parent === undefined) report(ctx, `${base}/parent`, idProblem(rawParent), 'dropped', id);
      else parents.set(id, [parent, i]);
    }
    out.set(id, org);
  }
  // Parents are checked once every organisation is known: they must exist and form no cycle.
  for (const [id, [parent, index]] of parents) {
    const path = `/organisations/${index}/parent`;
    if (!out.has(parent)) report(ctx, path, 'unknown-reference', 'dropped', id);
    else if (leadsTo(parent, id, out)) report(ctx, path, 'inconsistent', 'dropped', id);
    else (out.get(id) as Organisation).parent = parent;
  }
  return out;
}

/** True when following `parent` links from `from` (already linked ones only) reaches `target`. */
function leadsTo(from: string, target: string, orgs: ReadonlyMap<string, Organisation>): boolean {
  let current: string | undefined = from;
  for (let steps = 0; current !== undefined && steps <= orgs.size; steps++) {
    if (current === target) return true;
    current = orgs.get(current)?.parent;
  }
  return false;
}

function readFamilies(ctx: Context, root: Json): Map<string, TradeFamily> {
  const out = new Map<string, TradeFamily>();
  const items = list(ctx, root, 'families');
  for (let i = 0; i < items.length; i++) {
    const base = `/families/${i}`;
    const id = itemId(ctx, items[i], base, 'id', out, LIMITS.id);
    if (id === undefined) continue;
    const item = items[i] as Json;
    const name = requiredName(ctx, item, base, id);
    if (name === undefined) continue;
    const family: TradeFamily = { id, name };
    const description = optText(ctx, item, 'description', LIMITS.description, base, id, true);
    if (description !== undefined) family.description = description;
    out.set(id, family);
  }
  return out;
}

function readTrades(ctx: Context, root: Json, families: ReadonlyMap<string, TradeFamily>): Map<string, Trade> {
  const out = new Map<string, Trade>();
  const items = list(ctx, root, 'trades');
  for (let i = 0; i < items.length; i++) {
    const base = `/trades/${i}`;
    const id = itemId(ctx, items[i], base, 'id', out, LIMITS.id);
    if (id === undefined) continue;
    const item = items[i] as Json;
    const name = requiredName(ctx, item, base, id);
    if (name === undefined) continue;
    const family = readId(item.family, LIMITS.id);
    if (family === undefined || !families.has(family)) {
      report(ctx, `${base}/family`, family === undefined ? idProblem(item.family) : 'unknown-reference', 'skipped', id);
      continue;
    }
    const trade: Trade = {
      id,
      name,
      family,
      missions: textList(ctx, item, 'missions', base, id),
      skills: textList(ctx, item, 'skills', base, id),
    };
    const description = optText(ctx, item, 'description', LIMITS.description, base, id, true);
    if (description !== undefined) trade.description = description;
    out.set(id, trade);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Offers

interface References {
  organisations: ReadonlyMap<string, Organisation>;
  /** Lower-cased organisation names, for offers that name their organisation instead of giving its id. */
  organisationNames: ReadonlyMap<string, string>;
  trades: ReadonlyMap<string, Trade>;
  regions: ReadonlyMap<string, Region>;
  departements: ReadonlyMap<string, Departement>;
}

/** `hiringOrganization`: an id, `{ "id": … }` or `{ "name": … }` (schema.org style). */
function organisationOf(value: unknown, refs: References): string | undefined {
  if (isRecord(value)) {
    if (value.id !== undefined && value.id !== null) return readId(value.id, LIMITS.id);
    if (typeof value.name === 'string') return refs.organisationNames.get(line(value.name, LIMITS.name).toLowerCase());
    return undefined;
  }
  return readId(value, LIMITS.id);
}

function readApply(ctx: Context, value: unknown, base: string): Apply | [path: string, code: FeedIssueCode] {
  if (value === undefined || value === null) return { mode: 'platform' };
  if (!isRecord(value)) return [`${base}/apply`, 'invalid-type'];
  const mode = enumValue(value.mode, APPLY_MODE_SET, false) as ApplyMode | undefined;
  if (mode === undefined) return [`${base}/apply/mode`, value.mode === undefined ? 'missing' : 'invalid-value'];
  if (mode === 'platform') return { mode };
  if (mode === 'external') {
    const raw = value.url;
    if (typeof raw !== 'string' || raw.trim() === '') return [`${base}/apply/url`, raw === undefined ? 'missing' : 'invalid-type'];
    const url = resolveHttpUrl(raw, ctx.base);
    return url === undefined ? [`${base}/apply/url`, 'unsafe-url'] : { mode, url };
  }
  const raw = value.email;
  if (typeof raw !== 'string' || raw.trim() === '') return [`${base}/apply/email`, raw === undefined ? 'missing' : 'invalid-type'];
  const email = safeEmail(raw);
  if (email === undefined) return [`${base}/apply/email`, 'invalid-value'];
  const apply: Apply = { mode, email };
  if (typeof value.subject === 'string') {
    const subject = line(value.subject, LIMITS.subject);
    if (subject !== '') apply.subject = subject;
  }
  return apply;
}

function readLocation(ctx: Context, raw: unknown, base: string, id: string, refs: References): JobLocation {
  const location: JobLocation = {};
  let value = raw;
  if (Array.isArray(value)) value = value[0]; // schema.org allows several places: the first one is the main one
  if (value === undefined || value === null) return location;
  const path = `${base}/jobLocation`;
  if (!isRecord(value)) {
    report(ctx, path, 'invalid-type', 'dropped', id);
    return location;
  }
  const address = isRecord(value.address) ? value.address : value; // schema.org Place → PostalAddress
  const locality = optText(ctx, address, 'addressLocality', LIMITS.locality, path, id);
  if (locality !== undefined) location.addressLocality = locality;
  const postalCode = address.postalCode;
  if (typeof postalCode === 'number' && Number.isSafeInteger(postalCode) && postalCode >= 0 && postalCode <= 99999) {
    location.postalCode = String(postalCode).padStart(5, '0');
  } else {
    const s = optText(ctx, address, 'postalCode', LIMITS.postalCode + 1, path, id);
    if (s !== undefined && s.length > LIMITS.postalCode) report(ctx, `${path}/postalCode`, 'invalid-value', 'dropped', id);
    else if (s !== undefined) location.postalCode = s;
  }
  let departement: Departement | undefined;
  const rawDepartement = address.departement;
  if (rawDepartement !== undefined && rawDepartement !== null && rawDepartement !== '') {
    const code = readId(rawDepartement, LIMITS.code);
    departement = code === undefined ? undefined : refs.departements.get(code);
    if (departement === undefined) {
      report(ctx, `${path}/departement`, code === undefined ? idProblem(rawDepartement) : 'unknown-reference', 'dropped', id);
    } else {
      location.departement = departement.code;
    }
  }
  const rawRegion = address.region;
  if (rawRegion !== undefined && rawRegion !== null && rawRegion !== '') {
    const code = readId(rawRegion, LIMITS.code);
    if (code === undefined || !refs.regions.has(code)) {
      report(ctx, `${path}/region`, code === undefined ? idProblem(rawRegion) : 'unknown-reference', 'dropped', id);
    } else if (departement !== undefined && departement.region !== code) {
      report(ctx, `${path}/region`, 'inconsistent', 'dropped', id); // the département's région wins
    } else {
      location.region = code;
    }
  }
  if (location.region === undefined && departement !== undefined) location.region = departement.region;
  return location;
}

function salaryBound(ctx: Context, obj: Json, key: string, path: string, id: string): number | undefined | null {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_SALARY) {
    report(ctx, `${path}/${key}`, typeof value === 'number' ? 'invalid-value' : 'invalid-type', 'dropped', id);
    return null;
  }
  return value;
}

/**
 * `baseSalary`: `{ currency: "EUR", unitText: "YEAR", minValue, maxValue }`, or schema.org's
 * `MonetaryAmount` with a nested `QuantitativeValue` (`value: { minValue, maxValue, value?, unitText? }`).
 * Anything that is not a yearly amount in euros is dropped: a monthly figure shown as yearly would mislead.
 */
function readSalary(ctx: Context, value: unknown, base: string, id: string): Salary | undefined {
  if (value === undefined || value === null) return undefined;
  const path = `${base}/baseSalary`;
  if (!isRecord(value)) {
    report(ctx, path, 'invalid-type', 'dropped', id);
    return undefined;
  }
  const nested = isRecord(value.value) ? value.value : undefined;
  const amounts = nested ?? value;
  const amountsPath = nested ? `${path}/value` : path;
  const currency = value.currency;
  const unit = value.unitText ?? nested?.unitText;
  if (typeof currency !== 'string' || currency.trim().toUpperCase() !== 'EUR') {
    report(ctx, `${path}/currency`, currency === undefined ? 'missing' : 'invalid-value', 'dropped', id);
    return undefined;
  }
  if (typeof unit !== 'string' || unit.trim().toUpperCase() !== 'YEAR') {
    report(ctx, `${path}/unitText`, unit === undefined ? 'missing' : 'invalid-value', 'dropped', id);
    return undefined;
  }
  let min = salaryBound(ctx, amounts, 'minValue', amountsPath, id);
  let max = salaryBound(ctx, amounts, 'maxValue', amountsPath, id);
  if (min === null || max === null) return undefined;
  if (min === undefined && max === undefined && nested) {
    const single = salaryBound(ctx, nested, 'value', amountsPath, id);
    if (single === null) return undefined;
    min = max = single;
  }
  if (min === undefined && max === undefined) {
    report(ctx, path, 'missing', 'dropped', id);
    return undefined;
  }
  if (min !== undefined && max !== undefined && min > max) {
    report(ctx, path, 'inconsistent', 'dropped', id);
    return undefined;
  }
  const salary: Salary = {};
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  return salary;
}

function readOffer(ctx: Context, item: unknown, index: number, seen: ReadonlySet<string>, refs: References): Offer | undefined {
  const base = `/offers/${index}`;
  const id = itemId(ctx, item, base, 'id', seen, LIMITS.id);
  if (id === undefined) return undefined;
  const o = item as Json;

  // Required fields first: a skipped offer reports only why it was skipped.
  const rawTitle = o.title;
  const title = typeof rawTitle === 'string' ? line(rawTitle, LIMITS.title) : '';
  if (title === '') {
    const code = rawTitle === undefined || rawTitle === null || typeof rawTitle === 'string' ? 'missing' : 'invalid-type';
    report(ctx, `${base}/title`, code, 'skipped', id);
    return undefined;
  }
  const rawDate = o.datePosted;
  const datePosted = typeof rawDate === 'string' ? readDate(ctx, rawDate) : undefined;
  if (datePosted === undefined) {
    const code = rawDate === undefined || rawDate === null ? 'missing' : typeof rawDate === 'string' ? 'invalid-value' : 'invalid-type';
    report(ctx, `${base}/datePosted`, code, 'skipped', id);
    return undefined;
  }
  const hiringOrganization = organisationOf(o.hiringOrganization, refs);
  if (hiringOrganization === undefined || !refs.organisations.has(hiringOrganization)) {
    const raw = o.hiringOrganization;
    // The id checked is the value itself, or the `id` of `{ "id": … }`: an invalid one is reported as such either way.
    const byId = isRecord(raw) && raw.id !== undefined && raw.id !== null;
    const given = byId ? raw.id : raw;
    const code =
      raw === undefined || raw === null || raw === ''
        ? 'missing'
        : (byId || typeof given === 'string' || typeof given === 'number') && readId(given, LIMITS.id) === undefined
          ? idProblem(given)
          : typeof raw === 'string' || typeof raw === 'number' || isRecord(raw)
            ? 'unknown-reference'
            : 'invalid-type';
    report(ctx, `${base}/hiringOrganization`, code, 'skipped', id);
    return undefined;
  }
  const apply = readApply(ctx, o.apply, base);
  if (Array.isArray(apply)) {
    report(ctx, apply[0], apply[1], 'skipped', id);
    return undefined;
  }

  // An unknown status ("draft", "closed"…) must not be shown as open: skip the offer.
  let status: OfferStatus = 'open';
  if (o.status !== undefined && o.status !== null) {
    const s = enumValue(o.status, STATUS_SET, false);
    if (s === undefined) {
      report(ctx, `${base}/status`, 'invalid-value', 'skipped', id);
      return undefined;
    }
    status = s as OfferStatus;
  }

  let remote: RemoteStatus = 'NONE';
  if (o.remote !== undefined && o.remote !== null) {
    const r = enumValue(o.remote, REMOTE_SET, true);
    if (r === undefined) report(ctx, `${base}/remote`, 'invalid-value', 'dropped', id);
    else remote = r as RemoteStatus;
  } else if (typeof o.jobLocationType === 'string' && o.jobLocationType.trim().toUpperCase() === 'TELECOMMUTE') {
    remote = 'FULL';
  }

  let experienceMonths = 0;
  const rawExperience = o.experienceMonths;
  if (rawExperience !== undefined && rawExperience !== null) {
    if (typeof rawExperience === 'number' && rawExperience >= 0 && rawExperience <= MAX_EXPERIENCE_MONTHS) {
      experienceMonths = Math.floor(rawExperience);
    } else {
      report(ctx, `${base}/experienceMonths`, typeof rawExperience === 'number' ? 'invalid-value' : 'invalid-type', 'dropped', id);
    }
  }

  let openToBeginners = false;
  if (typeof o.openToBeginners === 'boolean') openToBeginners = o.openToBeginners;
  else if (o.openToBeginners !== undefined && o.openToBeginners !== null) {
    report(ctx, `${base}/openToBeginners`, 'invalid-type', 'dropped', id);
  }

  const offer: Offer = {
    id,
    title,
    datePosted,
    status,
    employmentType: enumList<ContractType>(ctx, o, 'employmentType', CONTRACT_SET, base, id),
    hiringOrganization,
    jobLocation: readLocation(ctx, o.jobLocation, base, id, refs),
    remote,
    category: enumList<Category>(ctx, o, 'category', CATEGORY_SET, base, id),
    openTo: enumList<OpenTo>(ctx, o, 'openTo', OPEN_TO_SET, base, id),
    experienceMonths,
    openToBeginners,
    apply,
  };
  const url = optUrl(ctx, o, 'url', base, id);
  if (url !== undefined) offer.url = url;
  const dateModified = optDate(ctx, o, 'dateModified', base, id);
  if (dateModified !== undefined) offer.dateModified = dateModified;
  const validThrough = optDate(ctx, o, 'validThrough', base, id, true);
  if (validThrough !== undefined) offer.validThrough = validThrough;
  const salary = readSalary(ctx, o.baseSalary, base, id);
  if (salary !== undefined) offer.baseSalary = salary;
  const rawTrade = o.occupationalCategory;
  if (rawTrade !== undefined && rawTrade !== null && rawTrade !== '') {
    const trade = readId(rawTrade, LIMITS.id);
    if (trade !== undefined && refs.trades.has(trade)) offer.occupationalCategory = trade;
    else report(ctx, `${base}/occupationalCategory`, trade === undefined ? idProblem(rawTrade) : 'unknown-reference', 'dropped', id);
  }
  const excerpt = optText(ctx, o, 'excerpt', LIMITS.excerpt, base, id);
  if (excerpt !== undefined) offer.excerpt = excerpt;
  const document = optUrl(ctx, o, 'document', base, id);
  if (document !== undefined) offer.document = document;
  return offer;
}

// ---------------------------------------------------------------------------
// Entry points

/**
 * Reads a parsed feed. `baseUrl` is the URL the feed was fetched from (after redirects):
 * relative URLs in the feed resolve against it.
 * @throws {FeedError} `invalid-feed` when `input` is not a version-1 feed object with an `offers` array.
 */
export function normaliseFeed(input: unknown, baseUrl: string): Feed {
  const run = readFeed(input, baseUrl);
  for (;;) {
    const step = run.next();
    if (step.done === true) return step.value;
  }
}

/**
 * `normaliseFeed` in slices of about `SLICE_MS` that give the event loop a turn in between, so that a
 * big feed does not block the page while it is read. A small feed is read in one go, with no wait.
 * @throws {FeedError} as `normaliseFeed`, or `aborted` when `signal` aborts.
 */
export async function normaliseFeedAsync(input: unknown, baseUrl: string, signal?: AbortSignal): Promise<Feed> {
  const run = readFeed(input, baseUrl);
  for (let sliceStart = performance.now(); ; ) {
    const step = run.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      if (signal?.aborted === true) throw new FeedError('aborted', baseUrl, { cause: signal.reason });
      sliceStart = performance.now();
    }
  }
}

/** How many offers are read between two looks at the clock. */
const OFFERS_PER_STEP = 50;

/** Reads a feed, pausing (`yield`) every `OFFERS_PER_STEP` offers. */
function* readFeed(input: unknown, baseUrl: string): Generator<void, Feed> {
  if (!isRecord(input)) throw new FeedError('invalid-feed', baseUrl, { message: 'The feed is not a JSON object.' });
  if (!Array.isArray(input.offers)) {
    throw new FeedError('invalid-feed', baseUrl, { message: 'The feed has no "offers" array.' });
  }
  const ctx = context(baseUrl);
  if (input.version === undefined) report(ctx, '/version', 'missing', 'dropped');
  else if (input.version !== 1) {
    throw new FeedError('invalid-feed', baseUrl, { message: 'Unsupported feed version (this reader knows version 1).' });
  }

  const regions = readRegions(ctx, input);
  const departements = readDepartements(ctx, input, regions);
  const organisations = readOrganisations(ctx, input);
  const families = readFamilies(ctx, input);
  const trades = readTrades(ctx, input, families);
  const organisationNames = new Map<string, string>();
  for (const org of organisations.values()) {
    const key = org.name.toLowerCase();
    if (!organisationNames.has(key)) organisationNames.set(key, org.id);
  }
  const refs: References = { organisations, organisationNames, trades, regions, departements };

  const items = input.offers as readonly unknown[];
  const offers: Offer[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const offer = readOffer(ctx, items[i], i, seen, refs);
    if (offer !== undefined) {
      seen.add(offer.id);
      offers.push(offer);
    }
    if (i % OFFERS_PER_STEP === OFFERS_PER_STEP - 1) yield;
  }

  const feed: Feed = {
    version: 1,
    offers,
    organisations: [...organisations.values()],
    families: [...families.values()],
    trades: [...trades.values()],
    regions: [...regions.values()],
    departements: [...departements.values()],
    issues: ctx.issues,
  };
  const generatedAt = optDate(ctx, input, 'generatedAt', '', undefined);
  if (generatedAt !== undefined) feed.generatedAt = generatedAt;
  const applicationEndpoint = optUrl(ctx, input, 'applicationEndpoint', '', undefined);
  if (applicationEndpoint !== undefined) feed.applicationEndpoint = applicationEndpoint;
  return feed;
}

/**
 * Reads a per-offer document. Sections stay raw HTML strings (sanitising is the
 * renderer's job); non-string sections are dropped; each is capped at 100 000 characters.
 * @param url where the document came from, for the error.
 * @throws {FeedError} `invalid-feed` when `input` is not an object, has a version other
 *   than 1, or names another offer.
 */
export function normaliseOfferDocument(input: unknown, offerId: string, url = ''): OfferDocument {
  if (!isRecord(input)) throw new FeedError('invalid-feed', url, { message: 'The offer document is not a JSON object.' });
  if (input.version !== undefined && input.version !== 1) {
    throw new FeedError('invalid-feed', url, { message: 'Unsupported offer document version.' });
  }
  // The id as written, not as the reader checks a feed's ids: an offer given to an element directly may have an id
  // outside the feed's pattern, and a document that repeats exactly that id is its own.
  if (input.id !== undefined && input.id !== null && idText(input.id) !== offerId) {
    throw new FeedError('invalid-feed', url, { message: `The offer document is not the one of offer "${offerId}".` });
  }
  const doc: OfferDocument = { id: offerId, sections: {} };
  const sections = input.sections;
  if (isRecord(sections)) {
    for (const key of SECTION_KEYS as readonly SectionKey[]) {
      const value = sections[key];
      if (typeof value !== 'string') continue;
      const html = clip(value.trim(), LIMITS.section);
      if (html !== '') doc.sections[key] = html;
    }
  }
  const ctx = context(url);
  const education = optText(ctx, input, 'education', LIMITS.extra, '', offerId);
  if (education !== undefined) doc.education = education;
  const contractDuration = optText(ctx, input, 'contractDuration', LIMITS.extra, '', offerId);
  if (contractDuration !== undefined) doc.contractDuration = contractDuration;
  return doc;
}
