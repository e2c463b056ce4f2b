/**
 * The scope, search index and query of `<mn-offer-list>` (`offer-list-engine.ts`) are needed once a feed is
 * there: the list imports them while the feed loads (its feed is ready when both are). A failed import is tried
 * again at the next call; Firefox keeps the failure until the page is reloaded (whatwg/html#6768), which is what
 * the list then says. The script-tag bundle swaps this module for a static import (rollup.config.mjs).
 */
import type * as EngineModule from './offer-list-engine.js';

export type Engine = typeof EngineModule;

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  return (loading ??= import('./offer-list-engine.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
