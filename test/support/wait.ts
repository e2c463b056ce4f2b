import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` from @open-wc/testing with a 5 s default timeout instead of 1 s. The conditions waited for
 * come in well under 100 ms on an idle machine; the margin is for three browser engines running side by
 * side on two cores, where a 1 s wait ran out. A wait that should fail still fails, only later.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
