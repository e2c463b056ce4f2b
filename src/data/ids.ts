/**
 * What an id or code may be (docs/feed.md, schema `identifier`), shared by the feed's reader
 * (data/normalise.ts) and what the elements read from attributes and the URL
 * (components/offer-list/offer-list-state.ts). Kept tiny: the list's start bundle imports it,
 * while the reader is loaded on demand.
 */

/** Longest id of an offer, organisation, family or trade, in characters. */
export const MAX_ID_LENGTH = 128;
/** Longest région or département code, in characters. */
export const MAX_CODE_LENGTH = 16;

/**
 * ASCII letters, digits, `_` and `-`, the first a letter or digit. Ids go into URLs (`href-template`),
 * file names and HTML ids: this keeps out `.` and `..` (which would climb a path), `/`, `?`, `#`, `\`,
 * `%`, white space, control and bidirectional-override characters.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** True when `s`, as it is (not trimmed), is an id or code of at most `max` characters. */
export const isId = (s: string, max = MAX_ID_LENGTH): boolean => s.length <= max && ID_PATTERN.test(s);
