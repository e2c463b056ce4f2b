/**
 * Message lookup and formatting. Framework-free: the Lit side lives in
 * `src/controllers/locale-controller.ts`.
 *
 * Why not @lit/localize: it sets one locale for the whole page, while each
 * element here follows its own `lang` (a ministry page may show an English
 * widget inside a French page). Two small typed catalogues and `Intl` do it.
 */
import { en } from './en.js';
import { fr } from './fr.js';
import type { Lang, Message, MessageParams } from './types.js';

export type MessageKey = keyof typeof fr;
export type { Lang, MessageParams } from './types.js';

const catalogues: Record<Lang, Record<MessageKey, Message>> = { fr, en };

/** Maps any BCP 47 tag to a supported language ("en-GB" → "en"; unknown → "fr"). */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'fr';
}

/** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const message = catalogues[lang][key] ?? fr[key];
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
