import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAttribute, onConfigChange, resolveLang } from '../config.js';
import { loadLang, translate, type Lang, type MessageKey, type MessageParams } from '../i18n/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: `lang` changes on the element or any ancestor (usually <html>) re-render the
// connected elements. A MutationObserver does not see into shadow trees: besides the document, it watches each
// shadow root an element sits in (an element of a framework's component, a card in a list).
const hosts = new Set<LocaleController>();
/** The trees watched, with the number of elements that need each. */
const roots = new Map<Node, number>();
let observer: MutationObserver | undefined;
const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** The document and the shadow roots between it and `el`. */
function rootsOf(el: Element): Node[] {
  const out: Node[] = [document.documentElement];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) out.push(root);
  return out;
}

function watch(nodes: Node[]): void {
  observer ??= new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  for (const node of nodes) {
    const count = roots.get(node) ?? 0;
    if (count === 0) observer.observe(node, OPTIONS);
    roots.set(node, count + 1);
  }
}

function unwatch(nodes: Node[]): void {
  let dropped = false;
  for (const node of nodes) {
    const count = (roots.get(node) ?? 1) - 1;
    if (count > 0) roots.set(node, count);
    else dropped = roots.delete(node) || dropped;
  }
  if (!dropped || !observer) return;
  // An observer cannot let go of one node: start again with those still needed, without losing a change of
  // `lang` already recorded (the elements still there follow it).
  const pending = observer.takeRecords().length > 0;
  observer.disconnect();
  if (roots.size === 0) observer = undefined;
  else for (const node of roots.keys()) observer.observe(node, OPTIONS);
  if (pending) queueMicrotask(() => hosts.forEach((c) => c.refresh()));
}

/**
 * Gives an element its language (its `lang`, the page's configuration, or the
 * nearest ancestor's `lang`) and re-renders it when that changes.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = 'fr';
  /**
   * `lang` for what holds the host's texts, when the page around it speaks another language (a page in Spanish shows
   * French; `configure({ lang })` may choose another language than the page's): RGAA 8.7. Undefined when they agree,
   * or when the page says nothing. Read again with `lang`, not at each render.
   */
  own: Lang | undefined;
  private unsubscribe?: () => void;
  private watched: Node[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Also on a move: the new place may speak another language.
    this.refresh();
    hosts.add(this);
    this.watched = rootsOf(this.host);
    watch(this.watched);
    this.unsubscribe = onConfigChange(() => this.refresh());
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.unsubscribe?.();
    unwatch(this.watched);
    this.watched = [];
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    const around = closestAttribute(this.host, 'lang');
    const own = around && around.toLowerCase().split('-')[0] !== lang ? lang : undefined;
    if (lang !== this.lang || own !== this.own) {
      this.lang = lang;
      this.own = own;
      this.host.requestUpdate();
    }
  }

  /**
   * While the host's language is being fetched, the promise of its arrival; `undefined` once it is there.
   * Elements wait for it before they render (`MnElement.scheduleUpdate`), so they never show a mix of
   * languages.
   */
  get ready(): Promise<void> | undefined {
    return loadLang(this.lang);
  }

  /** The message `key` in the host's language. */
  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.lang, key, params);
  }
}
