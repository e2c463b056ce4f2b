import { html, LitElement, type TemplateResult } from 'lit';
import type { LocaleController } from '../controllers/locale-controller.js';
import type { FeedResult } from '../data/feed-client.js';
import type { MessageKey } from '../i18n/localize.js';
import { staleMessage } from './feed-errors.js';

/**
 * The converter of a text attribute whose default is `''`: a removed attribute gives `''` back, as the property's
 * type says, where Lit would set `null`.
 */
export const orEmpty = (value: string | null): string => value ?? '';

/**
 * The focus is on `el` (inside it), or nowhere (on the body): `el` may move it, but never away from the rest of the
 * page. Read in `el`'s own tree: inside a framework component's shadow root, the document sees the component.
 */
export function focusIsIn(el: Element): boolean {
  const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
  if (active === el) return true;
  if (active !== null && active !== document.body) return false;
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * The base of every mn-* element: it holds an update back while the element's language is being fetched
 * (French is built in; the English messages are a separate module, fetched by the first element that speaks
 * English). `updateComplete` includes that wait.
 */
export abstract class MnElement extends LitElement {
  protected abstract readonly locale: LocaleController;

  /**
   * `fr` when the element speaks another language, for the `lang` of what shows the feed's own texts (titles,
   * names, descriptions), which are in French: RGAA 8.7 asks for each change of language to be marked.
   */
  protected feedLang(): 'fr' | undefined {
    return this.locale.lang === 'fr' ? undefined : 'fr';
  }

  /**
   * The notice of a saved copy of the feed (an alert, said as it shows), with its "retry". `part` is also its class:
   * `stale` (the detail, the trade explorer) or `notice` (the list).
   */
  protected staleNotice(part: 'stale' | 'notice', result: FeedResult, retry: () => void): TemplateResult {
    return html`<div part=${part} class="alert warning ${part}" role="alert">
      <p>${staleMessage(this.locale, result)}</p>
      <button type="button" class="button tertiary" @click=${retry}>${this.locale.t('common.retry')}</button>
    </div>`;
  }

  /** The alert for code that could not be downloaded (`message`), with its "retry" (see `downloadAgain`). */
  protected codeAlert(message: MessageKey, retry: () => void): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    return html`<div class="alert error" role="alert">
      <p>${t(message)}</p>
      <button type="button" class="button secondary retry-code" @click=${retry}>${t('common.retry')}</button>
    </div>`;
  }

  /**
   * "Retry" for code that could not be downloaded (a flaky network): `failed(false)` takes its alert away while `load`
   * runs again, `failed(true)` brings a new one (read again) if it fails again. The focus waits on `waitOn`
   * meanwhile, then goes to the new alert's button. Resolves true once the code is there. (`RetryFocus` follows a
   * loading state the element renders; a download has none, so this waits on the download itself.)
   */
  protected async downloadAgain(load: () => Promise<unknown>, failed: (yes: boolean) => void, waitOn: HTMLElement | null): Promise<boolean> {
    waitOn?.focus();
    failed(false);
    await this.updateComplete;
    try {
      await load();
      this.requestUpdate();
      return true;
    } catch {
      failed(true);
      await this.updateComplete;
      if ((this.renderRoot as ShadowRoot).activeElement === waitOn) this.renderRoot.querySelector<HTMLElement>('.retry-code')?.focus();
      return false;
    }
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.locale.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
