import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigChange, resolveLang } from '../config.js';
import { loadLang, translate, type Lang, type MessageKey, type MessageParams } from '../i18n/localize.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: `lang` changes on any ancestor (usually <html>)
// re-render the connected elements.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
function observe() {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language (its `lang`, the page's configuration, or the
 * nearest ancestor's `lang`) and re-renders it when that changes.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = 'fr';
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Also on a move: the new place may speak another language.
    this.refresh();
    hosts.add(this);
    observe();
    this.unsubscribe = onConfigChange(() => this.refresh());
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.unsubscribe?.();
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
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
