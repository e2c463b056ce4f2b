/**
 * The normaliser (the biggest module a list loads), imported on demand: `FeedClient.load` starts fetching it
 * with the feed, which it is needed only after. A failed import is tried again at the next call; Firefox keeps
 * the failure until the page is reloaded (whatwg/html#6768), which is what the elements then say.
 * The script-tag bundle, which holds every module anyway, swaps this module for a static import (rollup.config.mjs).
 */
import type * as Normaliser from './normalise.js';

let normaliser: Promise<typeof Normaliser> | undefined;

export function loadNormaliser(): Promise<typeof Normaliser> {
  return (normaliser ??= import('./normalise.js').catch((error: unknown) => {
    normaliser = undefined;
    throw error;
  }));
}
