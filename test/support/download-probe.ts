/** A module that `downloadsFailedModulesAgain()` (flaky-downloads.ts) fails to download, then downloads again. */
export const probe = true;
