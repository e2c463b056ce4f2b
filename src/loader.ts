/**
 * The script-tag loader, `dist/mn-loader.js`. It registers nothing itself: it looks for the `mn-*`
 * elements of the page, those present when it runs and those added later (single-page apps, CMS
 * previews), and imports the registration module of each one it finds, once. A page with only
 * `<mn-offer-list>` thus downloads only what the list needs.
 *
 * Open shadow roots are not searched (a page's own components hide their content from it): call
 * `watch(elements, shadowRoot)` for each one that holds `mn-*` elements.
 */

/** Imports the module that registers one element. */
export type ElementLoader = () => Promise<unknown>;

/** The elements of this package, each with the import of its registration module. */
export const elements: Readonly<Record<string, ElementLoader>> = {
  'mn-offer-list': () => import('./components/offer-list/mn-offer-list.js'),
  'mn-offer-card': () => import('./components/offer-card/mn-offer-card.js'),
  'mn-offer-detail': () => import('./components/offer-detail/mn-offer-detail.js'),
  'mn-application-form': () => import('./components/application-form/mn-application-form.js'),
  'mn-trade-explorer': () => import('./components/trade-explorer/mn-trade-explorer.js'),
};

/**
 * Watches `root` and its whole subtree, now and as nodes are added, and calls the loader of a tag the
 * first time an element of that tag shows up, unless the tag is already defined (by `mn-widgets.js`,
 * say). A loader that fails is tried again when another element of its tag is added. Watching stops
 * when every tag is loaded, or with the function it returns.
 */
export function watch(loaders: Readonly<Record<string, ElementLoader>>, root: Document | Element | DocumentFragment = document): () => void {
  const waiting = new Set(Object.keys(loaders));
  let observer: MutationObserver | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    observer = undefined;
  };
  const load = (tag: string) => {
    if (!waiting.delete(tag)) return;
    if (waiting.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
    if (customElements.get(tag)) return;
    loaders[tag]!().catch((error: unknown) => {
      waiting.add(tag);
      observe();
      console.error(`${tag} could not be loaded:`, error);
    });
  };
  const scan = (node: Node) => {
    if (node.nodeType === 1) load((node as Element).localName);
    if (waiting.size > 0 && 'querySelectorAll' in node) {
      for (const el of (node as ParentNode).querySelectorAll([...waiting].join())) load(el.localName);
    }
  };
  const observe = () => {
    if (stopped || observer || waiting.size === 0) return;
    observer = new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(scan);
    });
    observer.observe(root, { childList: true, subtree: true });
  };

  scan(root);
  observe();
  return stop;
}

// Imported on a server (a framework rendering the page first), there is no page to watch.
if (typeof document !== 'undefined') watch(elements);
