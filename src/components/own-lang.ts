import { closestAttribute } from '../config.js';
import type { Lang } from '../i18n/localize.js';

/**
 * `lang` for what holds an element's texts when the page around it speaks another language than `lang`, the
 * element's (a page in Spanish shows French; `configure({ lang })` may choose another language than the page's):
 * RGAA 8.7. Undefined when they agree, or when the page says nothing.
 */
export function ownLang(el: Element, lang: Lang): Lang | undefined {
  const around = closestAttribute(el, 'lang');
  return around && around.split('-')[0]?.toLowerCase() !== lang ? lang : undefined;
}
