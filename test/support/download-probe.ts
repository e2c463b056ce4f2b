/** A module that `downloadsFailedModulesAgain()` (failing-downloads.ts) fails to download, then downloads again. */
export const probe = true;
