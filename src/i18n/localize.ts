/**
 * Message lookup and formatting. Framework-free: the Lit side lives in
 * `src/controllers/locale-controller.ts`.
 *
 * Why not @lit/localize: it sets one locale for the whole page, while each
 * element here follows its own `lang` (a ministry page may show an English
 * widget inside a French page). Two small typed catalogues and `Intl` do it.
 */
import { fr as common } from './fr.js';
import type { frApplicationForm } from './fr-application-form.js';
import type { frOfferDetail } from './fr-offer-detail.js';
import type { frOfferList } from './fr-offer-list.js';
import type { frTradeExplorer } from './fr-trade-explorer.js';
import type { Lang, Message, MessageParams } from './types.js';

export type MessageKey =
  | keyof typeof common
  | keyof typeof frOfferList
  | keyof typeof frOfferDetail
  | keyof typeof frApplicationForm
  | keyof typeof frTradeExplorer;
export type { Lang, MessageParams } from './types.js';

/** A whole catalogue: every message of every element. */
export type Catalogue = Record<MessageKey, Message>;

/**
 * French is the fallback of every message. Its common part ships with every element, and each element adds
 * its own part (`addFrench`) when its module loads, so a page downloads the French of the elements it shows.
 */
const fr: Partial<Catalogue> = { ...common };

/** Adds an element's French messages (`fr-<element>.ts`); its module calls this once. */
export function addFrench(messages: Partial<Catalogue>): void {
  Object.assign(fr, messages);
}

/**
 * The other languages are whole catalogues in separate modules, fetched the first time an element speaks
 * them (most pages never do): `loadLang`.
 */
const catalogues: Partial<Record<Lang, Partial<Catalogue>>> = { fr };
const loaders: Record<Exclude<Lang, 'fr'>, () => Promise<Catalogue>> = {
  en: () => import('./en.js').then((m) => m.en),
};
const loading = new Map<Lang, Promise<void>>();

/**
 * Fetches the catalogue of `lang`. `undefined` when it is already there; else a promise that settles when it
 * is, or when it could not be fetched (the messages then stay in French, which always works).
 */
export function loadLang(lang: Lang): Promise<void> | undefined {
  if (lang === 'fr' || catalogues[lang]) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (catalogue) => {
        catalogues[lang] = catalogue;
      },
      () => {
        catalogues[lang] = fr;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Maps any BCP 47 tag to a supported language ("en-GB" → "en"; unknown → "fr"). */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'fr';
}

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`; in French while the catalogue
 * of `lang` is not loaded yet (see `loadLang`).
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const message = catalogues[lang]?.[key] ?? fr[key];
  // An element's French messages come with its module: a key of an element not loaded shows as itself.
  if (message === undefined) return key;
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The message `key` with parameters that may be templates, such as a feed's French name in a `<span lang>`,
 * which a translated string cannot hold: each parameter goes through the translation as a marker, then takes
 * the marker's place. All of them do, so that nothing a visitor typed can pass for a marker. Only for messages
 * that just insert their parameters. The message's own text is at the even indexes, the parameters at the odd ones.
 */
export function compose(lang: Lang, key: MessageKey, params: Record<string, unknown>): unknown[] {
  const names = Object.keys(params);
  const markers = Object.fromEntries(names.map((name, i) => [name, `\ue000${i}\ue000`]));
  return translate(lang, key, markers)
    .split(/\ue000(\d+)\ue000/)
    .map((part, i) => (i % 2 === 0 ? part : params[names[Number(part)] as string]));
}

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** A date as "28 novembre 2026" / "28 November 2026" (UTC-agnostic, local time). */
export function formatDate(lang: Lang, epochMs: number, style: 'long' | 'short' = 'long'): string {
  return formatter(`d:${lang}:${style}`, () =>
    new Intl.DateTimeFormat(locales[lang], style === 'long' ? { dateStyle: 'long' } : { dateStyle: 'short' }),
  ).format(epochMs);
}

/** A date with its time, for "saved on …". */
export function formatDateTime(lang: Lang, epochMs: number): string {
  return formatter(`dt:${lang}`, () =>
    new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeStyle: 'short' }),
  ).format(epochMs);
}

/** An amount in euros without decimals: "45 000 €" / "€45,000". */
export function formatEuros(lang: Lang, amount: number): string {
  return formatter(`eur:${lang}`, () =>
    new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  ).format(amount);
}

/** A plain number: "10 000" / "10,000". */
export function formatNumber(lang: Lang, n: number): string {
  return formatter(`n:${lang}`, () => new Intl.NumberFormat(locales[lang])).format(n);
}

/** The salary line of an offer, or `undefined` when none is known. */
export function formatSalary(lang: Lang, salary: { min?: number; max?: number } | undefined): string | undefined {
  if (!salary) return undefined;
  const { min, max } = salary;
  if (min !== undefined && max !== undefined) {
    return min === max
      ? translate(lang, 'salary.exact', { min: formatEuros(lang, min) })
      : translate(lang, 'salary.range', { min: formatEuros(lang, min), max: formatEuros(lang, max) });
  }
  if (min !== undefined) return translate(lang, 'salary.from', { min: formatEuros(lang, min) });
  if (max !== undefined) return translate(lang, 'salary.upTo', { max: formatEuros(lang, max) });
  return undefined;
}

/** The minimum experience of an offer as a sentence. */
export function formatExperience(lang: Lang, months: number): string {
  if (months <= 0) return translate(lang, 'experience.none');
  if (months % 12 === 0) return translate(lang, 'experience.years', { years: months / 12 });
  return translate(lang, 'experience.months', { months });
}
