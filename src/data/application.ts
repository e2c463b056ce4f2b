/**
 * Applications: the rules of the form and the client of the application
 * protocol (see `docs/application-protocol.md`). Framework-free.
 *
 * - `validateField()` / `validateApplication()` / `checkCv()`: the field rules,
 *   shared by the element and documented for the platform (the reference
 *   endpoint in `demo/server/applications.mjs` applies the same rules again).
 * - `buildFormData()`: the multipart body, with the wire names of the protocol.
 * - `ApplicationClient.submit()`: one POST with an `Idempotency-Key` header and
 *   a timeout, answers parsed into an {@link ApplicationResult}; waits and
 *   retries by itself when the server says 429 (bounded).
 *
 * Nothing here logs, and no personal data is put in a URL.
 */

/** The candidate's current situation. */
export const APPLICANT_STATUSES = ['civil-servant', 'contract-worker', 'private-sector', 'student', 'other'] as const;
export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

/** Limits of the protocol. Text lengths count Unicode code points, line breaks as one. */
export const APPLICATION_LIMITS = {
  name: 100,
  email: 254,
  phone: 30,
  coverLetter: 5000,
  url: 2048,
  /** CV size in bytes: 5 MiB. */
  cvBytes: 5 * 1024 * 1024,
  /** The `%PDF-` signature must start within this many bytes (as PDF readers accept). */
  pdfSignatureWindow: 1024,
  trades: 50,
  regions: 30,
  /** An offer's or a trade's id, as in the feed (`MAX_ID_LENGTH`). */
  id: 128,
} as const;

/** Fields of the form, by their wire name. */
export const APPLICATION_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'status',
  'trades',
  'regions',
  'coverLetter',
  'cv',
  'linkedin',
  'github',
  'portfolio',
  'consent',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/**
 * Why a field is refused. The server may send other codes; they are shown as `invalid`.
 * `file-unreadable` is the form's own: the CV can no longer be read (moved, deleted or changed since it was picked).
 */
export type FieldErrorCode = 'required' | 'invalid' | 'too-long' | 'file-type' | 'file-size' | 'file-unreadable';

/** What the candidate filled in. `cv` is never saved in a draft. */
export interface ApplicationValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  status: ApplicantStatus | '';
  /** Trade ids (spontaneous applications). */
  trades: string[];
  /** Région codes (spontaneous applications). */
  regions: string[];
  coverLetter: string;
  linkedin: string;
  github: string;
  portfolio: string;
  consent: boolean;
}

/** Everything one submission sends. */
export interface ApplicationData extends ApplicationValues {
  /** The offer applied to; absent for a spontaneous application. */
  offerId?: string;
  /** The CV, a PDF. */
  cv?: Blob;
  /** The honeypot: stays empty for people. */
  honeypot?: string;
  /** The language of the form, so that the platform answers in it. */
  lang?: string;
}

/** Empty values, for a new form. */
export function emptyValues(): ApplicationValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    status: '',
    trades: [],
    regions: [],
    coverLetter: '',
    linkedin: '',
    github: '',
    portfolio: '',
    consent: false,
  };
}

/** Length in Unicode code points, with any line break (`\r\n`, `\r`, `\n`) counted as one. */
export function textLength(s: string): number {
  return Array.from(s.replace(/\r\n?/g, '\n')).length;
}

const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;
const PHONE = /^\+?[0-9 .()-]+$/;

/**
 * A link as typed by the candidate, made absolute (`linkedin.com/in/x` →
 * `https://linkedin.com/in/x`); `undefined` when it is not an http(s) URL.
 */
export function normaliseLink(value: string): string | undefined {
  const s = value.trim();
  if (!s || /\s/.test(s)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname) || url.username || url.password) return undefined;
  return url.href;
}

/** Which fields a form shows: an offer form has no trades nor régions. */
export interface ValidationContext {
  spontaneous: boolean;
}

/**
 * The error of one field, or `undefined` when it is valid. The CV is checked
 * here by presence, type and size only; {@link checkCv} also reads its signature.
 */
export function validateField(
  field: ApplicationField,
  data: Partial<ApplicationData>,
  context: ValidationContext,
): FieldErrorCode | undefined {
  switch (field) {
    case 'firstName':
    case 'lastName': {
      const v = (data[field] ?? '').trim();
      if (!v) return 'required';
      return textLength(v) > APPLICATION_LIMITS.name ? 'too-long' : undefined;
    }
    case 'email': {
      const v = (data.email ?? '').trim();
      if (!v) return 'required';
      if (v.length > APPLICATION_LIMITS.email) return 'too-long';
      return EMAIL.test(v) ? undefined : 'invalid';
    }
    case 'phone': {
      const v = (data.phone ?? '').trim();
      if (!v) return undefined;
      if (v.length > APPLICATION_LIMITS.phone) return 'too-long';
      const digits = v.replace(/\D/g, '').length;
      return PHONE.test(v) && digits >= 6 && digits <= 15 ? undefined : 'invalid';
    }
    case 'status': {
      const v = data.status ?? '';
      if (!v) return 'required';
      return (APPLICANT_STATUSES as readonly string[]).includes(v) ? undefined : 'invalid';
    }
    case 'trades': {
      if (!context.spontaneous) return undefined;
      const v = data.trades ?? [];
      if (v.length === 0) return 'required';
      return v.length > APPLICATION_LIMITS.trades ? 'too-long' : undefined;
    }
    case 'regions': {
      if (!context.spontaneous) return undefined;
      return (data.regions ?? []).length > APPLICATION_LIMITS.regions ? 'too-long' : undefined;
    }
    case 'coverLetter': {
      const v = (data.coverLetter ?? '').trim();
      if (!v) return 'required';
      return textLength(v) > APPLICATION_LIMITS.coverLetter ? 'too-long' : undefined;
    }
    case 'cv': {
      const cv = data.cv;
      if (!cv || cv.size === 0) return 'required';
      if (!isPdfType(cv)) return 'file-type';
      return cv.size > APPLICATION_LIMITS.cvBytes ? 'file-size' : undefined;
    }
    case 'linkedin':
    case 'github':
    case 'portfolio': {
      const v = (data[field] ?? '').trim();
      if (!v) return undefined;
      if (v.length > APPLICATION_LIMITS.url) return 'too-long';
      return normaliseLink(v) ? undefined : 'invalid';
    }
    case 'consent':
      return data.consent === true ? undefined : 'required';
  }
}

/** The fields a form of this kind shows, in display order. */
export function fieldsFor(context: ValidationContext): ApplicationField[] {
  return APPLICATION_FIELDS.filter((f) => context.spontaneous || (f !== 'trades' && f !== 'regions'));
}

/** Every field error, in display order (synchronous checks only: see {@link checkCv}). */
export function validateApplication(
  data: Partial<ApplicationData>,
  context: ValidationContext,
): Partial<Record<ApplicationField, FieldErrorCode>> {
  const errors: Partial<Record<ApplicationField, FieldErrorCode>> = {};
  for (const field of fieldsFor(context)) {
    const code = validateField(field, data, context);
    if (code) errors[field] = code;
  }
  return errors;
}

function isPdfType(file: Blob): boolean {
  const type = file.type.toLowerCase();
  if (type === 'application/pdf' || type === 'application/x-pdf') return true;
  // Some systems give no type (or a generic one) for PDFs: then the name decides, and the signature.
  const name = 'name' in file && typeof file.name === 'string' ? file.name : '';
  return (type === '' || type === 'application/octet-stream') && /\.pdf$/i.test(name);
}

/** True when `bytes` hold the `%PDF-` signature within the first 1024 bytes. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  const sig = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  const end = Math.min(bytes.length, APPLICATION_LIMITS.pdfSignatureWindow) - sig.length;
  for (let i = 0; i <= end; i++) {
    if (sig.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/**
 * Checks a CV fully: presence, type, size, then its `%PDF-` signature. Never rejects: a file that can no
 * longer be read (moved, deleted or changed since it was picked, common on Android) is `file-unreadable`.
 */
export async function checkCv(cv: Blob | undefined): Promise<FieldErrorCode | undefined> {
  const code = validateField('cv', { cv }, { spontaneous: false });
  if (code || !cv) return code;
  let head: Uint8Array;
  try {
    head = new Uint8Array(await cv.slice(0, APPLICATION_LIMITS.pdfSignatureWindow).arrayBuffer());
  } catch {
    return 'file-unreadable';
  }
  return hasPdfSignature(head) ? undefined : 'file-type';
}

/**
 * The multipart body of an application, with the protocol's field names.
 * Optional fields that are empty are left out; links are sent normalised.
 */
export function buildFormData(data: ApplicationData): FormData {
  const form = new FormData();
  const put = (name: string, value: string | undefined) => {
    const v = value?.trim();
    if (v) form.append(name, v);
  };
  put('offerId', data.offerId);
  put('firstName', data.firstName);
  put('lastName', data.lastName);
  put('email', data.email);
  put('phone', data.phone);
  put('status', data.status);
  if (!data.offerId) {
    for (const t of data.trades) form.append('trades', t);
    for (const r of data.regions) form.append('regions', r);
  }
  put('coverLetter', data.coverLetter);
  for (const link of ['linkedin', 'github', 'portfolio'] as const) {
    const v = data[link].trim();
    if (v) form.append(link, normaliseLink(v) ?? v);
  }
  if (data.consent) form.append('consent', 'true');
  put('lang', data.lang);
  // The honeypot is always sent, empty for people.
  form.append('website', data.honeypot ?? '');
  if (data.cv) {
    const name = 'name' in data.cv && typeof data.cv.name === 'string' && data.cv.name ? data.cv.name : 'cv.pdf';
    form.append('cv', data.cv, name);
  }
  return form;
}

/** A fresh idempotency key (a UUID v4), also outside secure contexts. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One field error sent back by the server. */
export interface ServerFieldError {
  /** Wire name of the field (may be one the form does not know). */
  field: string;
  /** Machine code: `required`, `invalid`, `too-long`, `file-type`, `file-size`, or another. */
  code: string;
  /** Optional human message from the server (shown only for unknown fields). */
  message?: string;
}

/** The outcome of a submission. */
export type ApplicationResult =
  /** 201 (or any 2xx): stored. `reference` is the number to quote. */
  | { kind: 'created'; reference?: string }
  /** 400 / 422: refused; `fieldErrors` may be empty (then the request itself was malformed). */
  | { kind: 'invalid'; fieldErrors: ServerFieldError[] }
  /** 409: the platform already has this application. */
  | { kind: 'duplicate' }
  /** 422 `idempotency-key-reused`: an earlier attempt with other answers was stored. */
  | { kind: 'key-reused' }
  /** 413: the body (the CV) is too large. */
  | { kind: 'too-large' }
  /** 429, after the automatic retries: try again in `retryAfterMs`. */
  | { kind: 'rate-limited'; retryAfterMs: number }
  /** 5xx or an unexpected status: outcome unknown, retry with the same key. */
  | { kind: 'server'; status: number }
  /**
   * A 2xx that is not the endpoint's answer: a page that is not JSON (a login page after a redirect, a captive
   * portal, a proxy), or an empty body after a redirect. Outcome unknown, retry with the same key.
   */
  | { kind: 'unexpected'; status: number }
  /** No answer (offline, DNS, CORS…): outcome unknown, retry with the same key. */
  | { kind: 'network' }
  /** No answer in time: outcome unknown, retry with the same key. */
  | { kind: 'timeout' }
  /** Cancelled by the caller (the element left the page). */
  | { kind: 'aborted' };

export type ApplicationResultKind = ApplicationResult['kind'];

/**
 * True when the outcome of the attempt is unknown, so that a retry must reuse
 * the same idempotency key (the platform may have stored it already).
 */
export function isOutcomeUnknown(result: ApplicationResult): boolean {
  return (
    result.kind === 'server' ||
    result.kind === 'unexpected' ||
    result.kind === 'network' ||
    result.kind === 'timeout' ||
    result.kind === 'rate-limited' ||
    result.kind === 'aborted'
  );
}

export interface ApplicationClientOptions {
  /** The `fetch` to use (tests pass a double). Default: the global one. */
  fetch?: typeof fetch;
  /** Time limit of one attempt, in ms. Default 60 000 (a 5 MB CV on a slow upload); not a positive number: the default. */
  timeoutMs?: number;
  /** How many times a 429 (or 409 `in-progress`) is waited out and retried. Default 2. */
  maxRetries?: number;
  /** Longest wait accepted for an automatic retry, in ms; longer waits are returned to the caller. Default 30 000. */
  maxWaitMs?: number;
  /** Waits `ms` (tests make it instant). Resolves early, without error, when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface SubmitOptions {
  /** The same key for every attempt of one application. */
  idempotencyKey: string;
  /** Aborts the submission (the result is then `aborted`). */
  signal?: AbortSignal;
  /** Overrides the client's time limit for this submission (when a positive number; at most about 24.8 days). */
  timeoutMs?: number;
  /** Told before each automatic wait (429), with its length in ms. */
  onWait?: (ms: number) => void;
}

const DEFAULT_WAIT_MS = 5000;

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)';
/** The three forms of an HTTP date (RFC 9110, 5.6.7): IMF-fixdate, RFC 850, asctime. Always GMT. */
const HTTP_DATES: Array<{ re: RegExp; order: [day: number, month: number, year: number, time: number] }> = [
  { re: new RegExp(`^${DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`, 'i'), order: [1, 2, 3, 4] },
  { re: new RegExp(`^${DAY}[a-z]*, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`, 'i'), order: [1, 2, 3, 4] },
  { re: new RegExp(`^${DAY} ${MONTH} (\\d\\d?) ${TIME} (\\d{4})$`, 'i'), order: [2, 1, 6, 3] },
];

/** An HTTP date in epoch ms; `undefined` when `value` is not one (other texts `Date.parse` takes are not). */
function parseHttpDate(value: string, now: number): number | undefined {
  const v = value.trim().replace(/\s+/g, ' '); // asctime pads a one-digit day with a second space
  for (const { re, order } of HTTP_DATES) {
    const m = re.exec(v);
    if (!m) continue;
    const [d, mo, y, t] = order;
    const day = Number(m[d]);
    const month = MONTHS.indexOf(m[mo].toLowerCase());
    let year = Number(m[y]);
    if (m[y].length === 2) {
      // RFC 850's two-digit year: the most recent past year with these digits when it would be over 50 years ahead.
      const current = new Date(now).getUTCFullYear();
      year += Math.floor(current / 100) * 100;
      if (year > current + 50) year -= 100;
    }
    const [hour, minute, second] = [Number(m[t]), Number(m[t + 1]), Number(m[t + 2])];
    if (hour > 23 || minute > 59 || second > 60) return undefined;
    const date = Date.UTC(year, month, day, hour, minute, second);
    return new Date(date).getUTCDate() === day ? date : undefined;
  }
  return undefined;
}

/**
 * `Retry-After` in ms; `undefined` when absent or unreadable (then the caller waits its default).
 * Delay-seconds are digits only; a decimal (not in the protocol, but sent) is rounded up to the next second;
 * a negative or signed number is unreadable. Else it must be an HTTP date (see {@link parseHttpDate}).
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (/^\d+\.\d+$/.test(v)) return Math.ceil(Number(v)) * 1000;
  const date = parseHttpDate(v, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

interface ProblemBody {
  reference?: unknown;
  code?: unknown;
  type?: unknown;
  errors?: unknown;
}

/** The JSON object `text` holds, or undefined. */
function jsonObject(text: string): ProblemBody | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return body !== null && typeof body === 'object' ? (body as ProblemBody) : undefined;
  } catch {
    return undefined;
  }
}

async function readJson(res: Response): Promise<ProblemBody> {
  return jsonObject(await res.text().catch(() => '')) ?? {};
}

const clip = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;

/** The problem code of an answer: `code`, or the last segment of a problem `type` URI. */
function problemCode(body: ProblemBody): string | undefined {
  return clip(body.code, 64) ?? clip(typeof body.type === 'string' ? body.type.split(/[/#]/).pop() : undefined, 64);
}

/** Reads `errors` as `[{field, code, message?}]` or `{field: code | [code…]}`, tolerantly. */
export function parseFieldErrors(errors: unknown): ServerFieldError[] {
  const out: ServerFieldError[] = [];
  const push = (field: unknown, code: unknown, message?: unknown) => {
    const f = clip(field, 64);
    if (!f || out.length >= 50) return;
    const e: ServerFieldError = { field: f, code: clip(code, 64) ?? 'invalid' };
    const m = clip(message, 300);
    if (m) e.message = m;
    out.push(e);
  };
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (item && typeof item === 'object') {
        const { field, code, message } = item as Record<string, unknown>;
        push(field, code, message);
      }
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, value] of Object.entries(errors as Record<string, unknown>)) {
      push(field, Array.isArray(value) ? value[0] : value);
    }
  }
  return out;
}

type Attempt = ApplicationResult | { kind: 'wait'; ms: number };

/** The longest delay `setTimeout` takes (about 24.8 days); a longer one fires at once. */
const MAX_TIMEOUT = 2_147_483_647;

/** A time limit `setTimeout` can use: a positive number of ms, at most {@link MAX_TIMEOUT}; else undefined. */
function usableTimeout(ms: number | undefined): number | undefined {
  return ms !== undefined && Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_TIMEOUT) : undefined;
}

/** Sends applications to a platform endpoint. One instance can serve every form of a page. */
export class ApplicationClient {
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: ApplicationClientOptions = {}) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = usableTimeout(options.timeoutMs) ?? 60_000;
    this.maxRetries = options.maxRetries ?? 2;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /**
   * POSTs `data` as multipart/form-data to `action`, with the `Idempotency-Key`
   * header. Never throws: every outcome is an {@link ApplicationResult}.
   */
  async submit(action: string, data: ApplicationData, options: SubmitOptions): Promise<ApplicationResult> {
    const { signal } = options;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) return { kind: 'aborted' };
      const attempt = await this.attempt(action, data, options);
      if (attempt.kind !== 'wait') return attempt;
      if (retry >= this.maxRetries || attempt.ms > this.maxWaitMs) {
        return { kind: 'rate-limited', retryAfterMs: attempt.ms };
      }
      options.onWait?.(attempt.ms);
      await this.sleep(attempt.ms, signal);
    }
  }

  private async attempt(action: string, data: ApplicationData, options: SubmitOptions): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, usableTimeout(options.timeoutMs) ?? this.timeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // A fresh body for each attempt: a FormData can be sent more than once, but the CV Blob is re-read.
      const res = await this.fetchFn(action, {
        method: 'POST',
        body: buildFormData(data),
        headers: { Accept: 'application/json', 'Idempotency-Key': `"${options.idempotencyKey}"` },
        credentials: 'omit',
        mode: 'cors',
        referrerPolicy: 'strict-origin-when-cross-origin',
        signal: controller.signal,
      });
      return await this.interpret(res);
    } catch {
      if (timedOut) return { kind: 'timeout' };
      if (options.signal?.aborted) return { kind: 'aborted' };
      return { kind: 'network' };
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async interpret(res: Response): Promise<Attempt> {
    const { status } = res;
    if (status >= 200 && status < 300) {
      const text = await res.text().catch(() => undefined);
      if (text === undefined) return { kind: 'network' };
      // Only the endpoint's own answer is a success: a JSON object, or an empty body straight from it (a 204).
      // Anything else may come from a page that stored nothing (a login page after a redirect, a captive
      // portal): the outcome is unknown, and the candidate keeps their answers.
      const body = text.trim() === '' && !res.redirected ? {} : jsonObject(text);
      if (body === undefined) return { kind: 'unexpected', status };
      const reference = clip(body.reference, 100);
      return reference ? { kind: 'created', reference } : { kind: 'created' };
    }
    if (status === 429) {
      return { kind: 'wait', ms: parseRetryAfter(res.headers.get('Retry-After')) ?? DEFAULT_WAIT_MS };
    }
    if (status === 413) return { kind: 'too-large' };
    if (status === 409) {
      const body = await readJson(res);
      if (problemCode(body) === 'in-progress') {
        return { kind: 'wait', ms: parseRetryAfter(res.headers.get('Retry-After')) ?? 1000 };
      }
      return { kind: 'duplicate' };
    }
    if (status === 400 || status === 422) {
      const body = await readJson(res);
      if (problemCode(body) === 'idempotency-key-reused') return { kind: 'key-reused' };
      return { kind: 'invalid', fieldErrors: parseFieldErrors(body.errors) };
    }
    return { kind: 'server', status };
  }
}

/** The client the elements use unless they are given another one. */
export const defaultApplicationClient = new ApplicationClient();

// ---------------------------------------------------------------------------
// Drafts: what the candidate typed, kept in `sessionStorage` (this tab only) until
// the application is accepted. Never the CV.

/** A saved draft. */
export interface ApplicationDraft {
  /** Epoch ms of the last save. */
  savedAt: number;
  values: ApplicationValues;
  /** Kept while the outcome of an attempt is unknown, so that a retry after a reload reuses it. */
  idempotencyKey?: string;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const DRAFT_PREFIX = 'mn-widgets:draft:';

/** `mn-widgets:draft:<offer id>`, or `mn-widgets:draft:spontaneous`. */
export function draftKey(offerId: string | undefined): string {
  return `${DRAFT_PREFIX}${offerId ?? 'spontaneous'}`;
}

/** `sessionStorage`, or `null` where it is missing or refused (sandboxed frames, some private modes). */
export function defaultDraftStorage(): DraftStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** True when nothing was typed or chosen. */
export function isEmptyValues(v: ApplicationValues): boolean {
  return (
    !v.firstName.trim() &&
    !v.lastName.trim() &&
    !v.email.trim() &&
    !v.phone.trim() &&
    !v.status &&
    v.trades.length === 0 &&
    v.regions.length === 0 &&
    !v.coverLetter.trim() &&
    !v.linkedin.trim() &&
    !v.github.trim() &&
    !v.portfolio.trim() &&
    !v.consent
  );
}

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
const strings = (v: unknown, max: number): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x.length <= 256))].slice(0, max) : [];

/** The JSON object stored under `key`; `undefined` when there is none, or it is not an object, or storage refuses. */
function readRecord(storage: DraftStorage | null, key: string): Record<string, unknown> | undefined {
  try {
    const text = storage?.getItem(key);
    const raw: unknown = text ? JSON.parse(text) : undefined;
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a draft; `undefined` when there is none or it is unreadable. Every value is checked. */
export function readDraft(storage: DraftStorage | null, key: string): ApplicationDraft | undefined {
  const raw = readRecord(storage, key);
  if (!raw) return undefined;
  const { v, savedAt, values, idempotencyKey } = raw;
  if (v !== 1 || typeof savedAt !== 'number' || !values || typeof values !== 'object') return undefined;
  const x = values as Record<string, unknown>;
  const status = str(x.status, 32);
  const draft: ApplicationDraft = {
    savedAt,
    values: {
      firstName: str(x.firstName, 1000),
      lastName: str(x.lastName, 1000),
      email: str(x.email, 1000),
      phone: str(x.phone, 1000),
      status: (APPLICANT_STATUSES as readonly string[]).includes(status) ? (status as ApplicantStatus) : '',
      trades: strings(x.trades, 200),
      regions: strings(x.regions, 200),
      coverLetter: str(x.coverLetter, 50_000),
      linkedin: str(x.linkedin, 4096),
      github: str(x.github, 4096),
      portfolio: str(x.portfolio, 4096),
      consent: x.consent === true,
    },
  };
  if (typeof idempotencyKey === 'string' && /^[\x21-\x7e]{1,255}$/.test(idempotencyKey) && !idempotencyKey.includes('"')) {
    draft.idempotencyKey = idempotencyKey;
  }
  return draft;
}

/** Saves a draft (silently does nothing when storage is full or refused). */
export function writeDraft(storage: DraftStorage | null, key: string, draft: ApplicationDraft): void {
  try {
    storage?.setItem(key, JSON.stringify({ v: 1, ...draft }));
  } catch {
    /* quota or refusal: the draft is a convenience */
  }
}

export function removeDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    /* refused */
  }
}

// ---------------------------------------------------------------------------
// Applications sent: once the platform holds an application, a record of it (its date and reference, nothing
// personal) is kept beside the drafts, so that a form shown again for the same offer in this tab says so.

/** What the form remembers of an application the platform holds. */
export interface SentRecord {
  /**
   * Epoch ms at which the platform took it. None when the platform answered that it already held an application
   * (409, 422) this tab knew nothing of: sent earlier, maybe from elsewhere, on a day the form cannot know.
   */
  sentAt?: number;
  /** The reference the platform gave, when it gave one. */
  reference?: string;
}

export const SENT_PREFIX = 'mn-widgets:sent:';

/** `mn-widgets:sent:<offer id>`, or `mn-widgets:sent:spontaneous`. */
export function sentKey(offerId: string | undefined): string {
  return `${SENT_PREFIX}${offerId ?? 'spontaneous'}`;
}

/** Reads the record of an application sent; `undefined` when there is none or it is unreadable. */
export function readSent(storage: DraftStorage | null, key: string): SentRecord | undefined {
  const raw = readRecord(storage, key);
  if (!raw) return undefined;
  const { v, sentAt, reference } = raw;
  const dated = typeof sentAt === 'number' && Number.isFinite(sentAt) && sentAt > 0;
  if (v !== 1 || (sentAt !== undefined && !dated)) return undefined;
  const record: SentRecord = dated ? { sentAt } : {};
  const shown = usableReference(reference);
  if (shown) record.reference = shown;
  return record;
}

/** A reference to show as text: a short one, without control characters; else undefined. */
function usableReference(reference: unknown): string | undefined {
  return typeof reference === 'string' && reference.trim() && reference.length <= 100 && !/\p{Cc}/u.test(reference)
    ? reference.trim()
    : undefined;
}

/** Saves the record of an application sent (silently does nothing when storage is full or refused). */
export function writeSent(storage: DraftStorage | null, key: string, record: SentRecord): void {
  try {
    const { sentAt } = record;
    const reference = usableReference(record.reference); // the same the notice will show, or none
    storage?.setItem(key, JSON.stringify({ v: 1, ...(sentAt ? { sentAt } : {}), ...(reference ? { reference } : {}) }));
  } catch {
    /* quota or refusal: the record is a convenience */
  }
}
