/**
 * What the elements say when their feed (or an offer's texts) cannot be loaded: the visitor's message, the
 * `mn-error` event for the page, and the notice of a saved copy shown instead. One place, so that every element
 * says the same.
 */
import { html, type TemplateResult } from 'lit';
import { isAbortError, isFeedError } from '../data/errors.js';
import { MnErrorEvent } from '../events/mn-error.js';
import { formatDateTime, type Lang, type MessageKey, type MessageParams } from '../i18n/localize.js';

interface Translator {
  t(key: MessageKey, params?: MessageParams): string;
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
  return isFeedError(error) ? new MnErrorEvent(error.code, message, error.status) : new MnErrorEvent('unknown', message);
}

/**
 * The notice of a saved copy, shown because the feed could not be loaded: when it was saved, and a retry button.
 * An alert: inserted with its text, a status region is often not read out.
 */
export function staleNotice(
  locale: Translator & { lang: Lang },
  fetchedAt: number,
  onRetry: (event: Event) => void,
  { part, className = part }: { part: string; className?: string },
): TemplateResult {
  return html`<div part=${part} class="alert warning ${className}" role="alert">
    <p>${locale.t('common.stale', { date: formatDateTime(locale.lang, fetchedAt) })}</p>
    <button type="button" class="button tertiary" @click=${onRetry}>${locale.t('common.retry')}</button>
  </div>`;
}
