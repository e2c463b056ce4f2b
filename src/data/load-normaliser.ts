/**
 * The normaliser (the biggest module a list loads), imported on demand: `FeedClient.load` starts fetching it with the
 * feed, which it is needed only after. The script-tag bundle, which holds every module anyway, swaps this module for a
 * static import (`STATIC_IN_BUNDLE` in rollup.config.mjs).
 */
import { onDemand } from './on-demand.js';

export const loadNormaliser = onDemand(() => import('./normalise.js'));
