import { elementUpdated, expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { countPushes, moveInHistory } from '../../fixtures/history.js';
import { $, choose, focused, renderList } from './helpers.js';

const feed = makeFeed(120);
const params = () => new URL(location.href).searchParams;

const back = (el: MnOfferList): Promise<void> => moveInHistory(el, 'back');

/** Presses a key on what has the focus, and waits for the list's render. */
async function press(el: MnOfferList, key: string): Promise<void> {
  await sendKeys({ press: key });
  await elementUpdated(el);
}

const region = (el: MnOfferList) => $<HTMLSelectElement>(el, 'select[name="region"]');
const keywords = (el: MnOfferList) => $<HTMLInputElement>(el, '#keywords');

/** Types in the search field, and waits until the URL holds what it says (the pause after typing has passed). */
async function type(el: MnOfferList, text: string): Promise<void> {
  await sendKeys({ type: text });
  await waitUntil(() => params().get('mn-q') === keywords(el).value.trim(), 'the search was not committed', { timeout: 3000 });
}

describe('<mn-offer-list> history entries (sync-url)', () => {
  const urls = countPushes();

  describe('a filter select', () => {
    it('makes one entry for a run of its arrow keys', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      region(el).focus();
      for (let i = 0; i < 3; i++) await press(el, 'ArrowDown');
      expect(region(el).selectedIndex).to.equal(3);
      expect(urls.pushes).to.equal(1);

      await back(el);
      expect(params().has('mn-region')).to.equal(false);
      expect(region(el).value).to.equal('');
    });

    it('makes a new entry for a choice made after it lost the focus', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      region(el).focus();
      await press(el, 'ArrowDown');
      const first = region(el).value;
      expect(first).to.not.equal('');
      await press(el, 'Tab');
      expect(focused(el)).to.not.equal(region(el));
      // Back to it (Shift+Tab, which WebKit's driver cannot press).
      region(el).focus();
      await press(el, 'ArrowDown');
      expect(region(el).value).to.not.equal(first);
      expect(urls.pushes).to.equal(2);

      await back(el);
      expect(params().get('mn-region')).to.equal(first);
      expect(region(el).value).to.equal(first);
    });

    it('makes a new entry for a choice made with the mouse after its arrow keys', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      region(el).focus();
      await press(el, 'ArrowDown');
      const first = region(el).value;
      // The mouse picks in the select's popup: a change with no key, the select keeping the focus.
      const other = [...region(el).options].map((o) => o.value).find((v) => v !== '' && v !== first) as string;
      await choose(el, 'region', other);
      expect(focused(el)).to.equal(region(el));
      expect(urls.pushes).to.equal(2);

      await back(el);
      expect(params().get('mn-region')).to.equal(first);
      expect(region(el).value).to.equal(first);
    });
  });

  describe('the search field', () => {
    it('makes an entry of a search submitted after a filter', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'region', '53');
      keywords(el).focus();
      await sendKeys({ type: 'data' });
      await press(el, 'Enter');
      expect(params().get('mn-q')).to.equal('data');
      expect(urls.pushes).to.equal(2);

      await back(el);
      expect(params().has('mn-q')).to.equal(false);
      expect(keywords(el).value).to.equal('');
      expect(params().get('mn-region')).to.equal('53');
      expect(region(el).value).to.equal('53');
    });

    it('makes one entry for a run of typing, and a new one for the next search', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      keywords(el).focus();
      await type(el, 'dat');
      await type(el, 'a');
      await press(el, 'Enter');
      expect(params().get('mn-q')).to.equal('data');
      expect(urls.pushes).to.equal(1);

      keywords(el).select();
      await type(el, 'design');
      await press(el, 'Enter');
      expect(urls.pushes).to.equal(2);

      await back(el);
      expect(params().get('mn-q')).to.equal('data');
      expect(keywords(el).value).to.equal('data');
      await back(el);
      expect(params().has('mn-q')).to.equal(false);
    });
  });
});
