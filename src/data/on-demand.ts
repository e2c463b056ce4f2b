import { FeedError } from './errors.js';

/**
 * `load`, a dynamic `import()` of code the elements need only later (with their feed, an offer's texts, its form), run
 * once and shared. A failed download rejects with a `FeedError` of code `module` and is tried again at the next call:
 * Chromium and WebKit download it again, while Firefox keeps the failure until the page is reloaded (whatwg/html#6768),
 * which is what the elements' messages then say.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new FeedError('module', '', { cause });
    }));
}
