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

export const DAY_MS = 86_400_000;
