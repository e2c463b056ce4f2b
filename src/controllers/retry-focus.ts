import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = HTMLElement | null | undefined;

export interface RetryFocusOptions {
  /** True while the data is loading again. */
  pending(): boolean;
  /** Where the focus waits meanwhile: an element that stays, focusable (`tabindex="-1"` at least). */
  waitOn(): Target;
  /** The retry button of the error, when loading failed again. */
  retryButton(): Target;
  /** Where the focus goes when the data shows. */
  shown(): Target;
}

/**
 * Keeps the keyboard focus through a "retry": the pressed button goes away while the data loads again,
 * which would drop the focus on `<body>`. Call `start()` from the button's handler; after each update the
 * focus waits on `waitOn()`, then goes to the new retry button, or to what shows.
 */
export class RetryFocus implements ReactiveController {
  #active = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RetryFocusOptions,
  ) {
    host.addController(this);
  }

  /** True from the press of "retry" until the focus has found its place. */
  get active(): boolean {
    return this.#active;
  }

  start(): void {
    this.#active = true;
  }

  hostUpdated(): void {
    if (!this.#active) return;
    const { options } = this;
    if (options.pending()) {
      options.waitOn()?.focus();
      return;
    }
    this.#active = false;
    (options.retryButton() ?? options.shown())?.focus();
  }

  hostDisconnected(): void {
    this.#active = false;
  }
}
