/**
 * Mounts the React example for the browser tests. Bundled with React (a CommonJS
 * package) by test/support/frameworks-plugin.mjs; the widgets stay the test page's own modules.
 */
import { createElement, StrictMode, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { JobsPage, type JobsPageProps } from '../../examples/react/src/JobsPage';

export interface Mounted<Props> {
  /** Renders again with new props, synchronously. */
  update(props: Props): void;
  unmount(): void;
}

/** Renders `<JobsPage>` in `container` as an app would (in `<StrictMode>`), synchronously. */
export function mountJobsPage(container: HTMLElement, props: JobsPageProps): Mounted<JobsPageProps> {
  const root = createRoot(container);
  const render = (next: JobsPageProps) =>
    flushSync(() =>
      root.render(
        <StrictMode>
          <JobsPage {...next} />
        </StrictMode>,
      ),
    );
  render(props);
  return { update: render, unmount: () => root.unmount() };
}

/** Calls `done` once React has committed the tree around it (after hydration, say). */
function Committed({ done }: { done: () => void }) {
  useEffect(done, [done]);
  return null;
}

/**
 * Renders `<JobsPage>` as a server-rendered app is: its HTML from `renderToString` (React's
 * server renderer) put in `container`, then hydrated with `hydrateRoot` once the page is shown.
 * `errors` receives what React reports as recoverable (a hydration mismatch, say).
 */
export async function hydrateJobsPage(container: HTMLElement, props: JobsPageProps, errors: unknown[]): Promise<Mounted<JobsPageProps>> {
  const tree = (next: JobsPageProps, done: () => void) => (
    <StrictMode>
      <JobsPage {...next} />
      <Committed done={done} />
    </StrictMode>
  );
  container.innerHTML = renderToString(tree(props, () => {}));
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await new Promise<void>((resolve) => {
    root = hydrateRoot(container, tree(props, resolve), { onRecoverableError: (error) => errors.push(error) });
  });
  const render = (next: JobsPageProps) => flushSync(() => root?.render(tree(next, () => {})));
  return { update: render, unmount: () => root?.unmount() };
}

/** Renders one element with raw props, bypassing the JSX types: to observe what React does with them. */
export function mountElement(container: HTMLElement, tag: string, props: Record<string, unknown>): Mounted<Record<string, unknown>> {
  const root = createRoot(container);
  const render = (next: Record<string, unknown>) => flushSync(() => root.render(createElement(tag, next)));
  render(props);
  return { update: render, unmount: () => root.unmount() };
}

/** `mountElement`, but the element's HTML comes from React's server renderer, then `hydrateRoot` hydrates it. */
export async function hydrateElement(container: HTMLElement, tag: string, props: Record<string, unknown>): Promise<Mounted<Record<string, unknown>>> {
  const tree = (next: Record<string, unknown>, done: () => void) => (
    <>
      {createElement(tag, next)}
      <Committed done={done} />
    </>
  );
  container.innerHTML = renderToString(tree(props, () => {}));
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await new Promise<void>((resolve) => {
    root = hydrateRoot(container, tree(props, resolve));
  });
  const render = (next: Record<string, unknown>) => flushSync(() => root?.render(tree(next, () => {})));
  return { update: render, unmount: () => root?.unmount() };
}
