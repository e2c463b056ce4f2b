import { expect, fixture, html } from '@open-wc/testing';
import { configure, DEFAULT_FEED_URL, resolveFeedUrl, resolveLang } from '../src/config.js';

/** Waits for the next task, past the per-task cache of <meta> tags. */
const nextTask = () => new Promise((r) => setTimeout(r));

describe('page configuration', () => {
  let metas: HTMLMetaElement[] = [];
  const addMeta = (name: string, content: string) => {
    const m = Object.assign(document.createElement('meta'), { name, content });
    document.head.append(m);
    metas.push(m);
  };
  afterEach(() => {
    metas.forEach((m) => m.remove());
    metas = [];
    configure({ feed: undefined, lang: undefined });
  });

  describe('the feed URL', () => {
    it('defaults to the central feed', async () => {
      await nextTask();
      const el = await fixture(html`<div></div>`);
      expect(resolveFeedUrl(el)).to.equal(DEFAULT_FEED_URL);
    });

    it('leaves out the fragment, which names no other feed', async () => {
      const el = await fixture(html`<div data-mn-feed="https://example.org/feed.json#top"></div>`);
      expect(resolveFeedUrl(el)).to.equal('https://example.org/feed.json');
    });

    it('follows the order: attribute, data-mn-feed ancestor, configure(), <meta name="mn-feed">', async () => {
      addMeta('mn-feed', '/from-meta.json');
      await nextTask();
      const wrapper = await fixture(html`<section data-mn-feed="/from-ancestor.json"><div><span></span></div></section>`);
      const inner = wrapper.querySelector('span')!;
      const outside = await fixture(html`<p></p>`);
      expect(resolveFeedUrl(outside)).to.equal(new URL('/from-meta.json', document.baseURI).href);
      configure({ feed: '/from-configure.json' });
      expect(resolveFeedUrl(outside)).to.equal(new URL('/from-configure.json', document.baseURI).href);
      expect(resolveFeedUrl(inner)).to.equal(new URL('/from-ancestor.json', document.baseURI).href);
      inner.setAttribute('feed', 'https://feeds.example.org/v1/offers.json');
      expect(resolveFeedUrl(inner)).to.equal('https://feeds.example.org/v1/offers.json');
    });

    it('finds data-mn-feed across shadow roots', async () => {
      const host = await fixture(html`<div data-mn-feed="https://feeds.example.org/slice.json"><div id="host"></div></div>`);
      const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
      const deep = document.createElement('span');
      shadow.append(deep);
      expect(resolveFeedUrl(deep)).to.equal('https://feeds.example.org/slice.json');
    });
  });

  describe('the language', () => {
    it('is the element’s lang, then configure() or <meta name="mn-lang">, then the nearest lang, then French', async () => {
      const el = await fixture(html`<div lang="en-GB"><span></span></div>`);
      const span = el.querySelector('span')!;
      expect(resolveLang(span)).to.equal('en');
      span.setAttribute('lang', 'fr');
      expect(resolveLang(span)).to.equal('fr');
      span.removeAttribute('lang');
      addMeta('mn-lang', 'fr');
      await nextTask();
      expect(resolveLang(span)).to.equal('fr');
      configure({ lang: 'en' });
      expect(resolveLang(span)).to.equal('en');
    });

    it('maps unknown languages to French', async () => {
      const el = await fixture(html`<div lang="de"></div>`);
      expect(resolveLang(el)).to.equal('fr');
    });
  });
});
