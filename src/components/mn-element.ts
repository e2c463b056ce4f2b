import { LitElement } from 'lit';
import type { LocaleController } from '../controllers/locale-controller.js';

/**
 * The base of every mn-* element: it holds an update back while the element's language is being fetched
 * (French is built in; the English messages are a separate module, fetched by the first element that speaks
 * English). `updateComplete` includes that wait.
 */
export abstract class MnElement extends LitElement {
  protected abstract readonly locale: LocaleController;

  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.locale.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
