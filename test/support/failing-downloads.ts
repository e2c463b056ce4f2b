/**
 * A flaky network, for tests: while `failDownloads(part)` holds, the test runner answers 503 to every request whose
 * path contains `part` (`failingDownloads` in wtr-base.mjs, through a cookie of this page's browser context).
 */
export function failDownloads(part: string): void {
  document.cookie = `wtr-fail=${encodeURIComponent(part)}; path=/`;
}

/** Downloads go through again. */
export function allowDownloads(): void {
  document.cookie = 'wtr-fail=; path=/; max-age=0';
}

let probed: Promise<boolean> | undefined;

/**
 * Whether this engine downloads a module again after its download failed (WebKit), or keeps the failure until the
 * page is reloaded (Chromium, Firefox: whatwg/html#6768). Found once per page.
 */
export function downloadsFailedModulesAgain(): Promise<boolean> {
  return (probed ??= probe());
}

async function probe(): Promise<boolean> {
  failDownloads('/test/support/download-probe');
  try {
    await import('./download-probe.js');
    throw new Error('failDownloads() let a download through: is the failingDownloads middleware installed?');
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  } finally {
    allowDownloads();
  }
  try {
    await import('./download-probe.js');
    return true;
  } catch {
    return false;
  }
}
