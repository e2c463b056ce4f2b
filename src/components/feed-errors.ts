/**
 * What the elements say when their feed (or an offer's texts) cannot be loaded: the visitor's message, and the
 * `mn-error` event for the page. One place, so that every element says the same for each `FeedError` code.
 */
import { isAbortError, isFeedError } from '../data/errors.js';
import { MnErrorEvent } from '../events/mn-error.js';
import type { FeedResult } from '../data/feed-client.js';
import { formatDateTime, type Lang, type MessageKey, type MessageParams } from '../i18n/localize.js';

interface Translator {
  t(key: MessageKey, params?: MessageParams): string;
}

/**
 * What the notice of a saved copy says: its date, and what failed (the connection, or the server: an error status,
 * a feed that cannot be read).
 */
export function staleMessage(locale: Translator & { lang: Lang }, result: FeedResult): string {
  return locale.t('common.stale', { date: formatDateTime(locale.lang, result.fetchedAt), code: result.error?.code ?? '' });
}

/** The visitor's message for a loading error (`error.<code>` of the catalogues; `error.unknown` for anything else). */
export function errorMessage(locale: Translator, error: unknown): string {
  if (isFeedError(error)) return locale.t(`error.${error.code}`, { status: error.status ?? '' });
  return locale.t('error.unknown');
}

/** The `mn-error` event for a loading error; none for a load cancelled on purpose (see `isAbortError`). */
export function errorEvent(locale: Translator, error: unknown): MnErrorEvent | undefined {
  if (isAbortError(error)) return undefined;
  const message = errorMessage(locale, error);
  return isFeedError(error) && error.code !== 'aborted'
    ? new MnErrorEvent(error.code, message, error.status)
    : new MnErrorEvent('unknown', message);
}
