import { executeServerCommand } from '@web/test-runner-commands';

/**
 * A flaky network, for tests: while `failDownloads(part)` holds, every request whose path contains `part` fails with a
 * network error (`flakyDownloads` in wtr-base.mjs, through a cookie of this page's browser context).
 */
export function failDownloads(part: string): void {
  document.cookie = `wtr-fail=${encodeURIComponent(part)}; path=/`;
}

/** Downloads go through again. */
export function allowDownloads(): void {
  document.cookie = 'wtr-fail=; path=/; max-age=0';
}

/** A slow network: every request whose path contains `part` waits for `releaseDownloads()`. */
export function holdDownloads(part: string): void {
  document.cookie = `wtr-hold=${encodeURIComponent(part)}; path=/`;
}

/** The requests held by `holdDownloads` get their answer, and the next ones go through. */
export async function releaseDownloads(): Promise<void> {
  document.cookie = 'wtr-hold=; path=/; max-age=0';
  await executeServerCommand('release-downloads');
}

let probed: Promise<boolean> | undefined;

/**
 * Whether this engine downloads a module again after its download failed (Chromium, WebKit), or keeps the failure
 * until the page is reloaded (Firefox: whatwg/html#6768). Found once per page.
 */
export function downloadsFailedModulesAgain(): Promise<boolean> {
  return (probed ??= probe());
}

async function probe(): Promise<boolean> {
  failDownloads('/test/support/download-probe');
  try {
    await import('./download-probe.js');
    throw new Error('failDownloads() let a download through: is the flakyDownloads middleware installed?');
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
