import { elementUpdated, expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { countPushes, moveInHistory } from '../../fixtures/history.js';
import { $, countText, focused, renderList } from './helpers.js';

const feed = makeFeed(120);

/** Whether the whole box of `el` is inside the window. */
function inView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}

/**
 * Waits until the count has the focus and shows, and has for a while: right after "back", some engines show
 * the top of the page for a moment before they put back the entry's scroll position (WebKit, Firefox).
 */
async function countShown(el: MnOfferList, message: string): Promise<void> {
  const count = $(el, '#count');
  let since: number | undefined;
  await waitUntil(
    () => {
      if (focused(el) !== count || !inView(count)) {
        since = undefined;
        return false;
      }
      since ??= performance.now();
      return performance.now() - since >= 300;
    },
    message,
    // Smoothly: a long way on a long page.
    { timeout: 5000 },
  );
}

const toBottom = () => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });

describe('<mn-offer-list> focus after back and forward, on a long page (sync-url)', () => {
  countPushes();
  afterEach(() => window.scrollTo({ top: 0, behavior: 'instant' }));

  it('shows the count it focuses, once the browser has put back the scroll position of the entry', async () => {
    const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="20"></mn-offer-list>`);
    toBottom();
    expect(inView($(el, '#count'))).to.equal(false);
    $(el, '.page.number[data-page="2"]').focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(countText(el)).to.contain('page 2 sur');
    await countShown(el, 'the count of page 2 is not focused in view');

    toBottom();
    await moveInHistory(el);
    expect(countText(el)).to.contain('page 1 sur');
    await countShown(el, 'the count of page 1 is not focused in view');
  });
});
