import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/offer-card/mn-offer-card.js';
import type { MnOfferCard } from '../../../src/components/offer-card/offer-card.component.js';
import { normaliseFeed } from '../../../src/data/normalise.js';
import { MnOfferSelectEvent } from '../../../src/events/mn-offer-select.js';
import { FEED_URL } from '../../fixtures/feed.js';
import { hostileWireFeed } from '../../fixtures/hostile-feed.js';
import { countPayloadRuns } from '../../fixtures/hostile-html.js';
import { DAY, makeTestFeed, makeTestOffer, NOW, stubClient, wireFeed, wireOffer } from './fixtures.js';
import { textOf } from '../../support/text.js';

const shadow = (el: MnOfferCard) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: MnOfferCard, selector: string) => shadow(el).querySelector<T>(selector);
const has = (el: MnOfferCard, selector: string) => shadow(el).querySelector(selector) !== null;
const text = (el: MnOfferCard, selector: string) => textOf($(el, selector));
const texts = (el: MnOfferCard, selector: string) =>
  [...shadow(el).querySelectorAll(selector)].map(textOf);

const selected = (el: HTMLElement) => oneEvent(el, 'mn-offer-select') as unknown as Promise<MnOfferSelectEvent>;

/** Cancels whatever link navigation a test triggers (after the card's own handler ran). */
function stopNavigation(el: HTMLElement): () => boolean {
  let prevented = false;
  const onClick = (e: Event) => {
    prevented = e.defaultPrevented;
    e.preventDefault();
  };
  el.addEventListener('click', onClick);
  return () => prevented;
}

describe('<mn-offer-card>', () => {
  describe('with an offer and its feed', () => {
    it('shows the offer as a heading link', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      const link = $<HTMLAnchorElement>(el, 'h3 > a');
      expect(link?.textContent).to.equal('Développeuse ou développeur full-stack');
      expect(link?.getAttribute('href')).to.equal('https://metiers.numerique.gouv.fr/offres/offer-1');
      expect(text(el, '[part=organisation]')).to.equal('Direction interministérielle du numérique, Ministère de l\'Économie');
      expect(text(el, '.place')).to.equal('Rennes, Bretagne');
      expect(text(el, '.salary')).to.match(/^42\s000\s€ à 55\s000\s€ brut par an$/);
      expect(text(el, '.posted')).to.equal('Publiée le 1 mars 2025');
      expect(text(el, '.deadline')).to.equal('Candidatures jusqu’au 30 avril 2025');
      expect(text(el, '[part=trade]')).to.equal('Développeur');
      expect(text(el, '[part=excerpt]')).to.equal('Rejoignez une équipe produit.');
      expect(texts(el, '[part=tags] li')).to.deep.equal(['Fonctionnaires ou contractuels', 'Télétravail partiel', 'Catégorie A']);
      expect(texts(el, '[part=badges] li')).to.deep.equal(['Nouveau']);
      await expect(el).to.be.accessible();
    });

    it('says "Ouvert aux débutant·es" and "Télétravail total" as the place when fully remote', async () => {
      const { feed, offer } = makeTestOffer({ openToBeginners: true, remote: 'FULL', jobLocation: undefined });
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      expect(text(el, '.place')).to.equal('Télétravail total');
      expect(texts(el, '[part=tags] li')).to.deep.equal(['Fonctionnaires ou contractuels', 'Catégorie A', 'Ouvert aux débutant·es']);
    });

    it('leaves the trade out with `hide-trade` (a list of one trade says it once), and shows it again without', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card hide-trade .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      expect(has(el, '[part=trade]'), '[part=trade]').to.equal(false);
      expect(has(el, '[part=organisation]'), 'the rest shows').to.equal(true);
      el.hideTrade = false;
      await el.updateComplete;
      expect(text(el, '[part=trade]')).to.equal('Développeur');
    });

    it('leaves out what is unknown', async () => {
      const { offer } = makeTestOffer({ baseSalary: undefined, validThrough: undefined, excerpt: undefined, occupationalCategory: undefined });
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .now=${NOW}></mn-offer-card>`);
      expect(has(el, '[part=organisation]'), '[part=organisation]').to.equal(false);
      expect(text(el, '.place')).to.equal('Rennes');
      expect(has(el, '.salary'), '.salary').to.equal(false);
      expect(has(el, '.deadline'), '.deadline').to.equal(false);
      expect(has(el, '[part=excerpt]'), '[part=excerpt]').to.equal(false);
      expect(has(el, '[part=trade]'), '[part=trade]').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('wraps a very long title', async () => {
      const { feed, offer } = makeTestOffer({ title: 'Architecte-urbaniste-des-systèmes-d’information-'.repeat(6) });
      const el = await fixture<MnOfferCard>(html`<div style="width: 320px"><mn-offer-card .offer=${offer} .feedData=${feed}></mn-offer-card></div>`);
      const card = el.querySelector('mn-offer-card') as MnOfferCard;
      expect(card.scrollWidth).to.be.at.most(320);
    });

    it('speaks English', async () => {
      const { feed, offer } = makeTestOffer({ openToBeginners: true });
      const el = await fixture<MnOfferCard>(html`<mn-offer-card lang="en" .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      expect(text(el, '.posted')).to.equal('Posted on 1 March 2025');
      expect(text(el, '.deadline')).to.equal('Apply by 30 April 2025');
      expect(texts(el, '[part=badges] li')).to.deep.equal(['New']);
      expect(texts(el, '[part=tags] li')).to.include('Open to beginners');
    });

    it('does no asynchronous work and makes no request', async () => {
      const { feed, offer } = makeTestOffer();
      const original = window.fetch;
      let calls = 0;
      window.fetch = (() => {
        calls += 1;
        return Promise.reject(new Error('no'));
      }) as typeof fetch;
      try {
        const el = document.createElement('mn-offer-card');
        el.offer = offer;
        el.feedData = feed;
        document.body.append(el);
        await el.updateComplete;
        expect(el.isUpdatePending).to.equal(false);
        expect(has(el, 'a'), 'a').to.equal(true);
        el.remove();
      } finally {
        window.fetch = original;
      }
      expect(calls).to.equal(0);
    });

    it('renders 1,000 cards quickly', async () => {
      const feed = makeTestFeed(...Array.from({ length: 999 }, (_, i) => wireOffer({ id: `o${i}`, title: `Offre ${i}` })));
      expect(feed.offers).to.have.length(1000);
      const host = document.createElement('div');
      document.body.append(host);
      const start = performance.now();
      for (const offer of feed.offers) {
        const card = document.createElement('mn-offer-card');
        card.offer = offer;
        card.feedData = feed;
        host.append(card);
      }
      const last = host.lastElementChild as MnOfferCard;
      await last.updateComplete;
      const elapsed = performance.now() - start;
      expect(host.querySelectorAll('mn-offer-card')).to.have.length(1000);
      expect(last.shadowRoot?.querySelector('a') != null).to.equal(true);
      host.remove();
      expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(5000);
    });
  });

  describe('heading', () => {
    it('takes its level from heading-level', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card heading-level="2" .offer=${offer}></mn-offer-card>`);
      expect(has(el, 'h2 a'), 'h2 a').to.equal(true);
      el.headingLevel = 9;
      await elementUpdated(el);
      expect(has(el, 'h3 a'), 'h3 a').to.equal(true);
    });
  });

  describe('link', () => {
    it('follows href-template, with the id encoded (an offer given directly, which the feed reader would refuse)', async () => {
      const offer = { ...makeTestOffer().offer, id: 'a b/c' };
      const el = await fixture<MnOfferCard>(html`<mn-offer-card href-template="/emploi/{id}?from=list" .offer=${offer}></mn-offer-card>`);
      expect($<HTMLAnchorElement>(el, 'a')?.href).to.equal(new URL('/emploi/a%20b%2Fc?from=list', document.baseURI).href);
    });

    it('links an offer given directly with the id "." or ".." to its own page, not to another page of the site', async () => {
      for (const id of ['.', '..']) {
        const offer = { ...makeTestOffer().offer, id };
        const el = await fixture<MnOfferCard>(html`<mn-offer-card href-template="/emplois/{id}/candidature" .offer=${offer}></mn-offer-card>`);
        expect($<HTMLAnchorElement>(el, 'a')?.getAttribute('href'), id).to.equal(offer.url);
      }
    });

    it('ignores a template that is not a web address', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card href-template="javascript:alert('{id}')" .offer=${offer}></mn-offer-card>`);
      expect($<HTMLAnchorElement>(el, 'a')?.getAttribute('href')).to.equal(offer.url);
    });

    it('fires a cancelable mn-offer-select before navigating; cancelling stops the navigation', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer}></mn-offer-card>`);
      el.addEventListener('mn-offer-select', (e) => e.preventDefault());
      const prevented = stopNavigation(el);
      setTimeout(() => $(el, 'a')?.click());
      const event = await selected(el);
      expect(event).to.be.instanceOf(MnOfferSelectEvent);
      expect(event.offerId).to.equal('offer-1');
      expect(event.url).to.equal(offer.url);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(prevented()).to.equal(true);
    });

    it('lets the link navigate when the event is not cancelled', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card href-template="#offer-{id}" .offer=${offer}></mn-offer-card>`);
      const prevented = stopNavigation(el);
      setTimeout(() => $(el, 'a')?.click());
      const event = await selected(el);
      expect(event.url).to.equal(new URL('#offer-offer-1', document.baseURI).href);
      expect(prevented()).to.equal(false);
    });

    it('fires no event for a modified click (new tab)', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer}></mn-offer-card>`);
      let fired = 0;
      el.addEventListener('mn-offer-select', () => (fired += 1));
      stopNavigation(el);
      $(el, 'a')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      expect(fired).to.equal(0);
    });

    it('is a button that fires the event when there is no address', async () => {
      const { offer } = makeTestOffer({ url: undefined });
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .now=${NOW}></mn-offer-card>`);
      const button = $<HTMLButtonElement>(el, 'h3 > button');
      expect(button?.type).to.equal('button');
      expect(button?.textContent).to.equal(offer.title);
      setTimeout(() => button?.click());
      const event = await selected(el);
      expect(event.url).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer}></mn-offer-card>`);
      el.addEventListener('mn-offer-select', (e) => e.preventDefault());
      stopNavigation(el);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal($(el, 'a'));
      const event = selected(el);
      await sendKeys({ press: 'Enter' });
      expect((await event).offerId).to.equal('offer-1');
    });
  });

  describe('badges and states', () => {
    it('says "Clôture bientôt" within 7 days of the deadline', async () => {
      const { offer } = makeTestOffer();
      const now = Date.UTC(2025, 3, 26);
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .now=${now}></mn-offer-card>`);
      expect(texts(el, '[part=badges] li')).to.deep.equal(['Clôture bientôt']);
      expect(el.matches(':state(closing)')).to.equal(true);
      expect(el.matches(':state(new)')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('says "Nouveau" for a week', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .now=${offer.datePosted + 6 * DAY}></mn-offer-card>`);
      expect(el.matches(':state(new)')).to.equal(true);
      el.now = offer.datePosted + 8 * DAY;
      await elementUpdated(el);
      expect(el.matches(':state(new)')).to.equal(false);
      expect(has(el, '[part=badges]'), '[part=badges]').to.equal(false);
    });

    it('says when the offer is closed, without the deadline', async () => {
      const { offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .now=${Date.UTC(2025, 4, 2)}></mn-offer-card>`);
      expect(texts(el, '[part=badges] li')).to.deep.equal(['Clôturée']);
      expect(has(el, '.deadline'), '.deadline').to.equal(false);
      expect(el.matches(':state(closed)')).to.equal(true);
      const filled = makeTestOffer({ status: 'filled' }).offer;
      el.offer = filled;
      await elementUpdated(el);
      expect(texts(el, '[part=badges] li')).to.deep.equal(['Pourvue']);
      await expect(el).to.be.accessible();
    });
  });

  describe('compact', () => {
    it('keeps title, organisation, place and deadline', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card compact .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      expect(has(el, 'h3 a'), 'h3 a').to.equal(true);
      expect(has(el, '[part=organisation]'), '[part=organisation]').to.equal(true);
      expect(text(el, '.place')).to.equal('Rennes, Bretagne');
      expect(has(el, '.deadline'), '.deadline').to.equal(true);
      expect(has(el, '[part=excerpt]'), '[part=excerpt]').to.equal(false);
      expect(has(el, '[part=tags]'), '[part=tags]').to.equal(false);
      expect(has(el, '.posted'), '.posted').to.equal(false);
      expect(el.hasAttribute('compact')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('updates', () => {
    const markup = (el: MnOfferCard) => $(el, '[part=base]')?.outerHTML;

    it('shows after each change what a new card would show', async () => {
      const feed = makeTestFeed(
        wireOffer({
          id: 'other',
          title: 'Cheffe de projet',
          url: undefined,
          jobLocation: undefined,
          remote: 'FULL',
          baseSalary: undefined,
          excerpt: undefined,
          category: ['A', 'B'],
          openToBeginners: true,
          employmentType: ['INTERN', 'APPRENTICESHIP'],
        }),
        wireOffer({ id: 'filled', status: 'filled', occupationalCategory: undefined }),
      );
      const [first, other, filled] = feed.offers;
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${first} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      const steps: [string, Partial<MnOfferCard>][] = [
        ['compact', { compact: true }],
        ['not compact', { compact: false }],
        ['another offer, without an address', { offer: other }],
        ['a filled offer', { offer: filled }],
        ['heading level 2', { headingLevel: 2 }],
        ['closing soon', { offer: first, now: Date.UTC(2025, 3, 26) }],
        ['without the feed', { feedData: undefined }],
        ['another link', { hrefTemplate: '/emploi/{id}' }],
        ['back', { offer: first, feedData: feed, now: NOW, headingLevel: 3, hrefTemplate: '' }],
      ];
      for (const [label, change] of steps) {
        Object.assign(el, change);
        await el.updateComplete;
        const fresh = document.createElement('mn-offer-card');
        Object.assign(fresh, { offer: el.offer, feedData: el.feedData, now: el.now, compact: el.compact, headingLevel: el.headingLevel, hrefTemplate: el.hrefTemplate });
        el.after(fresh);
        await fresh.updateComplete;
        expect(markup(el), label).to.equal(markup(fresh));
        fresh.remove();
      }
    });

    it('keeps the link, and its focus, while what it shows changes', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      const link = $<HTMLAnchorElement>(el, 'a') as HTMLAnchorElement;
      link.focus();
      el.now = offer.datePosted + 8 * DAY;
      await el.updateComplete;
      expect(has(el, '[part=badges]'), '[part=badges]').to.equal(false);
      el.lang = 'en';
      await waitUntil(() => text(el, '.posted') === 'Posted on 1 March 2025', 'the card speaks English');
      expect($(el, 'a')).to.equal(link);
      expect(shadow(el).activeElement).to.equal(link);
    });
  });

  describe('with offer-id', () => {
    it('finds the offer in the given feed', async () => {
      const feed = makeTestFeed();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card offer-id="offer-1" .feedData=${feed}></mn-offer-card>`);
      expect(text(el, 'a')).to.equal('Développeuse ou développeur full-stack');
    });

    it('says when the given feed does not have it', async () => {
      const el = await fixture<MnOfferCard>(html`<mn-offer-card offer-id="gone" .feedData=${makeTestFeed()}></mn-offer-card>`);
      expect(text(el, '[part=message]')).to.equal('Cette offre n’est plus en ligne.');
    });

    it('loads the feed, showing that it does', async () => {
      const server = stubClient({ 'offers.json': wireFeed() }, { hold: true });
      const el = await fixture<MnOfferCard>(html`<mn-offer-card offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-card>`);
      expect(text(el, '[part=message]')).to.equal('Chargement de l’offre…');
      expect($(el, '[part=base]')?.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      server.release();
      await waitUntil(() => $(el, 'a'), 'the offer shows');
      expect(server.requests).to.deep.equal([FEED_URL]);
    });

    it('says when the offer is no longer online', async () => {
      const server = stubClient({ 'offers.json': wireFeed() });
      const el = await fixture<MnOfferCard>(html`<mn-offer-card offer-id="gone" feed=${FEED_URL} .client=${server.client}></mn-offer-card>`);
      await waitUntil(() => text(el, '[part=message]') === 'Cette offre n’est plus en ligne.');
      await expect(el).to.be.accessible();
    });

    it('says when the feed cannot be read, and tries again on request', async () => {
      const routes: Record<string, unknown> = { 'offers.json': 500 };
      const server = stubClient(routes);
      const el = await fixture<MnOfferCard>(html`<mn-offer-card offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-card>`);
      await waitUntil(() => $(el, '[role=alert]'));
      expect(text(el, '[role=alert]')).to.equal('Le serveur des offres a répondu par une erreur (500).');
      await expect(el).to.be.accessible();
      routes['offers.json'] = wireFeed();
      $<HTMLButtonElement>(el, 'button')?.click();
      await waitUntil(() => $(el, 'a'), 'the offer shows after retry');
    });
  });

  describe('with a hostile feed', () => {
    const hits = countPayloadRuns();

    it('shows every text as text and links nowhere unsafe', async () => {
      const feed = normaliseFeed(hostileWireFeed(), FEED_URL);
      expect(feed.offers.map((o) => o.id)).to.include.members(['markup', 'huge']);
      const el = await fixture<HTMLElement>(html`<div style="width: 20rem">
        ${feed.offers.map((o) => html`<mn-offer-card .offer=${o} .feedData=${feed}></mn-offer-card>`)}
      </div>`);
      const cards = [...el.querySelectorAll('mn-offer-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const card of cards) {
        const root = card.shadowRoot as ShadowRoot;
        expect(root.querySelector('img, script, svg, b, iframe')?.outerHTML).to.equal(undefined);
        for (const a of root.querySelectorAll('a')) expect(new URL(a.href).protocol).to.match(/^https?:$/);
        expect(card.scrollWidth).to.be.at.most(el.clientWidth + 1);
      }
      const markup = cards[0] as MnOfferCard;
      expect(text(markup, '.title')).to.contain('<img src=x onerror=');
      expect(text(markup, '[part=organisation]')).to.contain('<script>');
      expect(hits()).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });
});
