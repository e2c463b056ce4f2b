// Shared @web/test-runner settings for every engine.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './counting-reporter.mjs';
import { frameworksPlugin } from './frameworks-plugin.mjs';

/**
 * One CDP session per page, for the commands below; undefined where the page is not driven over CDP (Firefox over
 * WebDriver BiDi, WebKit over WebDriver). A session that failed is dropped (`forgetCdp`), so the next call opens another.
 */
const cdpSessions = new WeakMap();
async function cdpOf(session) {
  const page = session.browser.getPage?.(session.id);
  if (!page || page.browser().protocol !== 'cdp') return undefined;
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}
function forgetCdp(session) {
  const page = session.browser.getPage?.(session.id);
  if (page) cdpSessions.delete(page);
}

/**
 * `emulate-forced-colors` ({ active }): Windows high contrast, emulated over CDP where the launcher is Chromium's
 * (`Emulation.setEmulatedMedia`; Puppeteer's own media emulation passes only the colour scheme and reduced
 * motion). Answers whether it took: Firefox (WebDriver BiDi) and WebKit (WebDriver) have no such emulation.
 */
function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      try {
        const cdp = await cdpOf(session);
        if (!cdp) return false;
        const value = payload?.active ? 'active' : 'none';
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      } catch {
        forgetCdp(session);
        return false;
      }
    },
  };
}

/**
 * `a11y-snapshot` ({ selector }): the accessibility tree Chromium builds for the element `selector` finds in the
 * page's light DOM, shadow roots included (the tree follows the flat tree). A flat list, in tree order, of its nodes
 * that are neither ignored nor plain text: { role, name, description?, value?, level?, selected?, expanded?,
 * checked?, pressed?, disabled?, text }, `text` being the names of the text nodes under it one after the other (what
 * is read of its content in browse mode). Names are Chromium's own computation (CDP `Accessibility.getFullAXTree`),
 * what a screen reader is given. Answers false where the page is not driven over CDP (Firefox over WebDriver BiDi,
 * WebKit over WebDriver) or nothing matches `selector`.
 */
function accessibilitySnapshotPlugin() {
  const TEXT = new Set(['StaticText', 'InlineTextBox', 'LineBreak', 'ListMarker']);
  const PROPERTIES = new Set(['level', 'selected', 'expanded', 'checked', 'pressed', 'disabled']);
  return {
    name: 'a11y-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      try {
        const cdp = await cdpOf(session);
        if (!cdp) return false;
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload?.selector ?? 'body' });
        if (!nodeId) return false;
        const { node } = await cdp.send('DOM.describeNode', { nodeId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!start) return false;
        const children = (n) => (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean);
        // What is read of a node's content, in browse mode: its text nodes one after the other, as Chromium gives them.
        // (An ignored node, such as a plain <span>, may hold text that is not.)
        const textOf = (n) => {
          const role = n.role?.value;
          if (role === 'StaticText') return n.ignored ? '' : (n.name?.value ?? '');
          if (role === 'LineBreak') return n.ignored ? '' : '\n';
          return children(n).map(textOf).join('');
        };
        const out = [];
        const walk = (n) => {
          const role = n.role?.value;
          if (!n.ignored && role && !TEXT.has(role) && role !== 'generic' && role !== 'none') {
            const entry = { role, name: n.name?.value ?? '' };
            if (n.description?.value) entry.description = n.description.value;
            if (n.value?.value !== undefined && n.value.value !== '') entry.value = n.value.value;
            for (const p of n.properties ?? []) if (PROPERTIES.has(p.name)) entry[p.name] = p.value.value;
            entry.text = textOf(n);
            out.push(entry);
          }
          for (const child of children(n)) walk(child);
        };
        walk(start);
        return out;
      } catch (error) {
        // A CDP session that failed is not kept; the error reaches the test, which fails rather than skip.
        forgetCdp(session);
        throw error;
      }
    },
  };
}

/**
 * A flaky or slow network, for module downloads. While the page holds the cookie `wtr-fail`, every request whose path
 * contains its (URI-encoded) value gets no answer, its connection closed (a network error, as when a phone loses its
 * signal). While it holds `wtr-hold`, such requests wait until the page runs the command `release-downloads` (a slow
 * network, with no timer). Module scripts send the page's cookies (same origin). Every answer varies with the
 * cookies: the browser's cache, which the test runner tells to keep each file a year, serves a file loaded by an
 * earlier test only to requests without them.
 */
const heldDownloads = [];
function flakyDownloads() {
  const matches = (ctx, cookie) => {
    const part = ctx.cookies.get(cookie);
    return part !== undefined && part !== '' && ctx.path.includes(decodeURIComponent(part));
  };
  const middleware = async (ctx, next) => {
    if (matches(ctx, 'wtr-fail')) {
      ctx.status = 503; // for the runner's log (else listed among the "404 network requests")
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (matches(ctx, 'wtr-hold')) await new Promise((release) => heldDownloads.push(release));
    await next();
    ctx.vary('Cookie');
  };
  const plugin = {
    name: 'flaky-downloads',
    executeCommand({ command }) {
      if (command !== 'release-downloads') return undefined;
      for (const release of heldDownloads.splice(0)) release();
      return true;
    },
  };
  return { middleware, plugin };
}
const downloads = flakyDownloads();

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'];

export const baseConfig = {
  files,
  nodeResolve: { exportConditions: ['development'] },
  // explicit target: 'auto' would serve untransformed decorators to Firefox.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), frameworksPlugin(), forcedColorsPlugin(), accessibilitySnapshotPlugin(), downloads.plugin],
  middleware: [downloads.middleware],
  rootDir: '.',
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), ...(process.env.WTR_VERBOSE ? [summaryReporter({ flatten: false })] : []), countingReporter()],
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|development build of Vue/.test(String(args[0])),
};

export const chromiumBrowser = () =>
  chromeLauncher({
    // Each page in a context of its own: test files that run side by side share no cookie (`flakyDownloads`) nor storage.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    },
  });
