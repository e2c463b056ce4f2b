import { LitElement } from 'lit';
import type { LocaleController } from '../controllers/locale-controller.js';

/**
 * The converter of a text attribute whose default is `''`: a removed attribute gives `''` back, as the property's
 * type says, where Lit would set `null`.
 */
export const orEmpty = (value: string | null): string => value ?? '';

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

  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.locale.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
