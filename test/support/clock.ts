/**
 * Moves `Date.now()` forward by `ms` until the returned function is called: a deadline passes while a visitor reads
 * or fills a form, without a test that waits. Timers (`setTimeout`) are not touched.
 */
export function advanceClock(ms: number): () => void {
  const real = Date.now;
  Date.now = () => real.call(Date) + ms;
  return () => {
    Date.now = real;
  };
}

/** In a `describe` block: the returned function moves the clock forward (see `advanceClock`) until the test ends. */
export function clockForTests(): (ms: number) => void {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
  return (ms) => {
    restore?.();
    restore = advanceClock(ms);
  };
}

export const DAY_MS = 86_400_000;
