/**
 * Errors of the data layer. The elements translate them by `code`
 * (i18n keys `error.<code>`); `message` is English, for developers and logs.
 */

/** Why a feed or an offer document could not be read. */
export type FeedErrorCode = 'invalid-url' | 'network' | 'timeout' | 'http' | 'invalid-json' | 'invalid-feed' | 'module' | 'aborted';

export interface FeedErrorOptions {
  /** HTTP status, for `http` errors. */
  status?: number;
  /** The underlying error (a `TypeError` from `fetch`, a `SyntaxError` from `JSON.parse`…). */
  cause?: unknown;
  /** Replaces the default English message. */
  message?: string;
}

const MESSAGES: Record<FeedErrorCode, string> = {
  'invalid-url': 'The feed URL is not an http(s) URL.',
  network: 'The feed could not be reached (network error).',
  timeout: 'The feed did not answer in time.',
  http: 'The feed server answered with an error status.',
  'invalid-json': 'The feed is not valid JSON.',
  'invalid-feed': 'The document is not a version 1 offers feed.',
  module: 'Code the elements load on demand could not be downloaded (reload the page).',
  aborted: 'The request was aborted.',
};

/** A feed (or offer document) failed to load. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  /** The URL that was requested ('' when the error comes from data given directly). */
  readonly url: string;
  /** HTTP status, for `http` errors (absent otherwise). */
  declare readonly status?: number;

  constructor(code: FeedErrorCode, url: string, options: FeedErrorOptions = {}) {
    const status = options.status === undefined ? '' : ` (HTTP ${options.status})`;
    const where = url ? ` URL: ${url}` : '';
    super((options.message ?? MESSAGES[code].replace(/\.$/, `${status}.`)) + where, { cause: options.cause });
    this.code = code;
    this.url = url;
    if (options.status !== undefined) (this as { status?: number }).status = options.status;
  }
}

/** True for a `FeedError` whose code is `code` (any code when omitted). */
export function isFeedError(error: unknown, code?: FeedErrorCode): error is FeedError {
  return error instanceof FeedError && (code === undefined || error.code === code);
}

/**
 * True when `error` means "cancelled on purpose": a `FeedError` with code `aborted`,
 * or any error named `AbortError` (the `DOMException` that `fetch` rejects with).
 * Elements use it to ignore errors of superseded requests.
 */
export function isAbortError(error: unknown): boolean {
  if (error instanceof FeedError) return error.code === 'aborted';
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
