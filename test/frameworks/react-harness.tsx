/**
 * Mounts the React example for the browser tests. Bundled with React (a CommonJS
 * package) by test/support/frameworks-plugin.mjs; the widgets stay the test page's own modules.
 */
import { createElement, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
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

/** Renders one element with raw props, bypassing the JSX types: to observe what React does with them. */
export function mountElement(container: HTMLElement, tag: string, props: Record<string, unknown>): Mounted<Record<string, unknown>> {
  const root = createRoot(container);
  const render = (next: Record<string, unknown>) => flushSync(() => root.render(createElement(tag, next)));
  render(props);
  return { update: render, unmount: () => root.unmount() };
}
