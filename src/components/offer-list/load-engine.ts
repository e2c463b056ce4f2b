/**
 * The scope, search index and query of `<mn-offer-list>` (`offer-list-engine.ts`) are needed once a feed is there: the
 * list imports them while the feed loads (its feed is ready when both are). The script-tag bundle swaps this module
 * for a static import (`STATIC_IN_BUNDLE` in rollup.config.mjs).
 */
import { onDemand } from '../../data/on-demand.js';
import type * as EngineModule from './offer-list-engine.js';

export type Engine = typeof EngineModule;

export const loadEngine = onDemand(() => import('./offer-list-engine.js'));
