import { LitElement } from 'lit';
import type { LocaleController } from '../controllers/locale-controller.js';

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

  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.locale.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
