import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

/** What `console.warn` receives during each test of the enclosing `describe`, one string a call. */
export function collectWarnings(): string[] {
  const warnings: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

/**
 * Fails each test of the enclosing `describe` that wrote to `console.error` or `console.warn` (a framework's
 * warnings). Returns the list, emptied before each test, where a test may also put errors it caught itself.
 */
export function failOnConsoleProblems(): unknown[] {
  const problems: unknown[] = [];
  let error: typeof console.error;
  let warn: typeof console.warn;
  beforeEach(() => {
    problems.length = 0;
    error = console.error;
    warn = console.warn;
    console.error = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
    console.warn = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
    expect(problems.map(String)).to.deep.equal([]);
  });
  return problems;
}

/** Waits for `count` warnings: the elements' words about presets load on demand (components/preset-warnings.ts). */
export const warned = (warnings: string[], count = 1): Promise<void> =>
  waitUntil(() => warnings.length >= count, `expected ${count} warning(s), got ${warnings.length}`);

/**
 * Waits until any warning still on its way has arrived, then checks there are `count`: a warning comes after the
 * on-demand module of words (components/preset-warnings.ts) has loaded, so `updateComplete` alone is too early.
 */
export async function noMoreWarnings(warnings: string[], count: number): Promise<void> {
  await import('../../src/components/preset-warnings.js');
  await new Promise<void>((resolve) => setTimeout(resolve)); // one task: the elements' own `then` has run
  if (warnings.length !== count) throw new Error(`expected ${count} warning(s), got ${warnings.length}: ${warnings.join(' | ')}`);
}
