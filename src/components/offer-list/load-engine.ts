/**
 * The scope, search index and query of `<mn-offer-list>` (`offer-list-engine.ts`) are needed once a feed is
 * there: the list imports them on its first update, while the feed loads, and shows its skeleton until then, as
 * while a big feed is indexed. A failed import is tried again at the next call. The script-tag bundle swaps this
 * module for a static import (rollup.config.mjs).
 */
import type * as EngineModule from './offer-list-engine.js';

export type Engine = typeof EngineModule;

/** The engine, once imported. */
export let loaded: Engine | undefined;
let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  return (loading ??= import('./offer-list-engine.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
