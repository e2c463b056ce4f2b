/**
 * Rich text of the feed (the sections of an offer) made safe to show: a strict
 * allow-list, enforced by a proven sanitiser, then checked again here.
 *
 * 1. Parsing and first pass: the browser's HTML Sanitizer API
 *    (`Element.prototype.setHTML`) where it exists (Chromium, Firefox), else
 *    DOMPurify, imported on demand so that only pages showing an offer's detail
 *    download it. Both get the same allow-list and both parse into an inert
 *    document: nothing in the input can run, fetch or navigate while it is read.
 * 2. Second pass (`enforcePolicy`), the same for both engines, on the inert result:
 *    the allow-list again, links checked and opened safely, headings moved under
 *    the section heading, lists repaired so that they stay valid (and accessible).
 *
 * Allowed: `p br ul ol li strong em b i h1–h6 a[href]`. Headings are renumbered
 * from `headingLevel` down, without gaps, links keep only an absolute `http:`, `https:` or `mailto:`
 * address. Harmless wrappers (`div`, `span`, `table`…) are replaced by their
 * content; anything else (`script`, `style`, `img`, `svg`, `iframe`, `form`,
 * unknown elements…) is removed with its content. No attribute but `href` survives.
 */

import { BIDI_CONTROLS } from '../data/bidi.js';
import type { Config, DOMPurify } from 'dompurify';
import { withoutCredentials } from '../data/credentials.js';
import { onDemand } from '../data/on-demand.js';

/** Elements kept (attributes: only `href` on `a`). */
export const ALLOWED_ELEMENTS = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** Elements replaced by their content: layout and inline wrappers whose text matters. */
export const UNWRAPPED_ELEMENTS = [
  'div', 'span', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'address', 'hgroup',
  'blockquote', 'pre', 'code', 'u', 's', 'small', 'big', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'del', 'ins',
  'time', 'font', 'center', 'tt', 'figure', 'figcaption', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
] as const;

/** Input longer than this (UTF-16 code units) is cut before parsing; the feed reader caps sections alike. */
export const MAX_HTML_LENGTH = 100_000;

/**
 * At most this many tags (counted as `<`) of an input are parsed, the rest is cut: browsers' HTML parsers take
 * quadratic time on deep nesting (10,000 nested lists: a second per text), while an offer's whole text has
 * a few hundred tags.
 */
export const MAX_HTML_TAGS = 2_000;

/**
 * The start tags of the HTML parser's formatting elements (but `a`, which closes the previous one), and their
 * attributes. The parser copies every formatting element still open into each later paragraph: a few hundred
 * `<b>` with different attributes, then a few hundred `<p>`, make N × M elements (400 × 400: ten seconds).
 * Identical ones are kept only thrice ("Noah's Ark" clause of the HTML standard), so once their attributes,
 * which the allow-list drops anyway, are gone, the copies stay few.
 */
const FORMATTING_START_TAG = /<(b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?=[\s/>])[^>]*>/gi;

/**
 * `html` cut to {@link MAX_HTML_LENGTH} code units and {@link MAX_HTML_TAGS} tags, its formatting start tags
 * without attributes: what browsers parse in bounded time.
 */
function capped(html: string): string {
  let s = html.slice(0, MAX_HTML_LENGTH);
  let at = -1;
  for (let i = 0; i <= MAX_HTML_TAGS; i++) {
    at = s.indexOf('<', at + 1);
    if (at === -1) break;
  }
  if (at !== -1) s = s.slice(0, at);
  return s.replace(FORMATTING_START_TAG, '<$1>');
}

/** Section text loses the bidirectional controls too (see `BIDI_CONTROLS`): one to test, one to remove them all. */
const HAS_BIDI = new RegExp(`[${BIDI_CONTROLS}]`);
const ALL_BIDI = new RegExp(`[${BIDI_CONTROLS}]`, 'g');

/** Link protocols kept. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const KEPT = new Set<string>(ALLOWED_ELEMENTS);
const UNWRAPPED = new Set<string>(UNWRAPPED_ELEMENTS);

export type SanitizerEngine = 'auto' | 'sanitizer-api' | 'dompurify';

export interface SanitizeOptions {
  /** Level (1–6) given to the content's highest heading; the next levels used follow, without gaps, down to 6. Default 4. */
  headingLevel?: number;
  /**
   * Text appended, visually hidden (class `visually-hidden`), to the links that open
   * in a new window (every http(s) link), e.g. "nouvelle fenêtre". Default: none.
   */
  newWindowHint?: string;
  /** The language of `newWindowHint`, set as its `lang` when the content's language differs (say `en` in French content). */
  newWindowHintLang?: string;
  /** `auto` (default): the Sanitizer API when the browser has it, else DOMPurify. */
  engine?: SanitizerEngine;
}

type SetHtml = (this: Element, html: string, options: { sanitizer: SanitizerConfig }) => void;

function nativeSetHtml(): SetHtml | undefined {
  const fn = (Element.prototype as unknown as { setHTML?: unknown }).setHTML;
  return typeof fn === 'function' ? (fn as SetHtml) : undefined;
}

/** True when the browser has the HTML Sanitizer API (`Element.prototype.setHTML`). */
export function hasSanitizerApi(): boolean {
  return nativeSetHtml() !== undefined;
}

const SANITIZER_CONFIG: SanitizerConfig = {
  elements: [...ALLOWED_ELEMENTS],
  replaceWithChildrenElements: [...UNWRAPPED_ELEMENTS],
  attributes: ['href'],
  comments: false,
  dataAttributes: false,
};

/** A document with no browsing context: elements made in it never load or run anything. */
function inertDocument(): Document {
  return document.implementation.createHTMLDocument('');
}

function withSanitizerApi(html: string, setHtml: SetHtml): DocumentFragment {
  const doc = inertDocument();
  const box = doc.createElement('div');
  setHtml.call(box, html, { sanitizer: SANITIZER_CONFIG });
  const fragment = doc.createDocumentFragment();
  fragment.append(...box.childNodes);
  return fragment;
}

/** The part of a Trusted Types policy used here. */
interface HtmlPolicy {
  createHTML(input: string): unknown;
}

let policy: HtmlPolicy | null | undefined;

/**
 * `html` as the `innerHTML` of an element of an inert document accepts it: as is, or where the browser has
 * Trusted Types, through the policy `mn-widgets`, which only ever feeds that inert document (the markup is
 * sanitised next, never inserted as is). Undefined when the page's CSP does not allow that policy.
 */
function inertMarkup(html: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes;
  if (tt === undefined) return html;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('mn-widgets', { createHTML: (input) => input });
    } catch {
      policy = null; // not in the page's `trusted-types` list
    }
  }
  return policy === null ? undefined : policy.createHTML(html);
}

/**
 * Our own DOMPurify instance, downloaded the first time an engine without the Sanitizer API shows an offer's texts. A
 * failed download is tried again at the next offer or "retry" (Safari, the engine that needs it, does download it again).
 */
const purifier = onDemand(() => import('dompurify').then((m): DOMPurify => m.default(window)));

/** DOMPurify's allow-list, the same as the Sanitizer API's. */
const PURIFY_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...ALLOWED_ELEMENTS, ...UNWRAPPED_ELEMENTS, '#text'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // Like the Sanitizer API: an element off the list goes with its content.
  KEEP_CONTENT: false,
  RETURN_DOM_FRAGMENT: true,
};

async function withDomPurify(html: string): Promise<DocumentFragment> {
  // Our own instance: the `dompurify` module an application shares with us may carry its settings (`setConfig`,
  // which overrides the config passed to `sanitize`) and its hooks.
  const purify = await purifier();
  const markup = inertMarkup(html);
  if (markup !== undefined) {
    // Parsed here, in an inert document, exactly as `setHTML` parses (scripting off: a `<noscript>` holds
    // elements, not text), so that both engines see the same tree.
    const box = inertDocument().createElement('div');
    box.innerHTML = markup as string;
    return purify.sanitize(box, PURIFY_CONFIG);
  }
  // Trusted Types without this module's policy: DOMPurify parses the string itself, through its own policy
  // (a `<noscript>` may then differ). Where the page allows neither, it cannot.
  try {
    const fragment = purify.sanitize(html, PURIFY_CONFIG);
    if (fragment?.ownerDocument) return fragment;
  } catch {
    // Said below.
  }
  throw new Error('Offer texts cannot be parsed: the page\'s Trusted Types policy must allow "mn-widgets" or "dompurify".');
}

/** The absolute, safe address of a link, or undefined. */
function safeHref(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim()); // no base: relative addresses mean nothing on the host page
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'mailto:') {
    // Some mail clients read headers after a "#" too ("mailto:a@b.fr#?bcc=…").
    url.hash = '';
    // Only the subject and the body: no hidden copy (`cc`, `bcc`) nor other header slipped into a link.
    // (Filtered as written: `searchParams` would re-encode a space as "+", which mail clients keep.)
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((part) => /^(?:subject|body)=/i.test(part));
    url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  } else {
    withoutCredentials(url);
  }
  return url.href;
}

function rename(el: Element, name: string): Element {
  const next = el.ownerDocument.createElement(name);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

function isBlank(node: Node): boolean {
  return (node.textContent ?? '').trim() === '';
}

/**
 * The second pass, on an inert fragment: enforces the allow-list whatever the first
 * pass let through, fixes links and headings, and repairs list structure.
 */
export function enforcePolicy(root: DocumentFragment, options: SanitizeOptions = {}): DocumentFragment {
  const doc = root.ownerDocument;
  // Comments, processing instructions and the like; bidirectional controls in the text.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const strays: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      // Written only when needed: setting `data` is a DOM mutation.
      if (HAS_BIDI.test(text.data)) text.data = text.data.replace(ALL_BIDI, '');
    } else if (node.nodeType !== Node.ELEMENT_NODE) {
      strays.push(node);
    }
  }
  for (const node of strays) node.parentNode?.removeChild(node);

  // Elements, outermost first (a removed element takes its descendants along).
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue;
    const name = el.localName;
    if (el.namespaceURI !== HTML_NS || (!KEPT.has(name) && !UNWRAPPED.has(name))) {
      el.remove();
      continue;
    }
    if (UNWRAPPED.has(name)) {
      unwrap(el);
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      if (!(name === 'a' && attr.name === 'href')) el.removeAttribute(attr.name);
    }
  }

  // Links: safe address or plain text; new-window hint; no empty link.
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = safeHref(a.getAttribute('href'));
    if (href === undefined || isBlank(a)) {
      unwrap(a);
      continue;
    }
    a.setAttribute('href', href);
    a.setAttribute('rel', 'noopener noreferrer');
    if (!href.startsWith('mailto:')) {
      a.setAttribute('target', '_blank');
      if (options.newWindowHint) {
        const hint = doc.createElement('span');
        hint.className = 'visually-hidden';
        if (options.newWindowHintLang) hint.lang = options.newWindowHintLang;
        hint.textContent = ` (${options.newWindowHint})`;
        a.append(hint);
      }
    }
  }

  // Headings: the levels used, from the highest, become `headingLevel`, the next one… (at most 6):
  // the order is kept and no level is skipped.
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) => {
    if (!isBlank(h)) return true;
    h.remove();
    return false;
  });
  const used = [...new Set(headings.map((h) => Number(h.localName[1])))].sort((a, b) => a - b);
  const base = clampLevel(options.headingLevel ?? 4);
  for (const h of headings) {
    const level = Math.min(6, base + used.indexOf(Number(h.localName[1])));
    if (`h${level}` !== h.localName) rename(h, `h${level}`);
  }

  // Lists: only `li` in `ul`/`ol`, and `li` only there.
  for (const li of Array.from(root.querySelectorAll('li'))) {
    const parent = li.parentElement;
    if (parent === null || (parent.localName !== 'ul' && parent.localName !== 'ol')) rename(li, 'p');
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    for (const child of Array.from(list.childNodes)) {
      if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === 'li') continue;
      if (child.nodeType === Node.TEXT_NODE && isBlank(child)) continue;
      const li = doc.createElement('li');
      child.replaceWith(li);
      li.append(child);
    }
  }
  return root;
}

function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 4;
}

/**
 * Sanitises feed HTML into a fragment of the current document, ready to insert
 * (never reserialised: what was checked is what is shown).
 */
export async function sanitizeHtml(html: string, options: SanitizeOptions = {}): Promise<DocumentFragment> {
  const input = typeof html === 'string' ? capped(html) : '';
  const engine = options.engine ?? 'auto';
  const setHtml = engine === 'dompurify' ? undefined : nativeSetHtml();
  if (engine === 'sanitizer-api' && setHtml === undefined) {
    throw new Error('This browser has no HTML Sanitizer API.');
  }
  const fragment = setHtml ? withSanitizerApi(input, setHtml) : await withDomPurify(input);
  // Checked while still inert, then moved into the page's document.
  const safe = enforcePolicy(fragment, options);
  const out = document.createDocumentFragment();
  out.append(document.adoptNode(safe));
  return out;
}
