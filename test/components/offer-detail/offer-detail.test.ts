import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { normaliseFeed, normaliseOfferDocument } from '../../../src/data/normalise.js';
import { SECTION_KEYS } from '../../../src/data/types.js';
import type { MnApplicationOpenEvent } from '../../../src/events/mn-application-open.js';
import type { MnErrorEvent } from '../../../src/events/mn-error.js';
import type { MnLoadEvent } from '../../../src/events/mn-load.js';
import { hostileWireDocument, hostileWireFeed } from '../../fixtures/hostile-feed.js';
import { countPayloadRuns } from '../../fixtures/hostile-html.js';
import {
  FEED_URL,
  makeTestDocument,
  makeTestOffer,
  memoryStorage,
  NOW,
  stubClient,
  wireFeed,
  wireOfferDocument,
} from '../offer-card/fixtures.js';
import { collapse as clean } from '../../support/text.js';

const DOC_URL = 'https://feeds.example.org/feed/v1/offers/offer-1.json';

const root = (el: MnOfferDetail) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: MnOfferDetail, selector: string) => root(el).querySelector<T>(selector);
const has = (el: MnOfferDetail, selector: string) => root(el).querySelector(selector) !== null;
const $$ = (el: MnOfferDetail, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (el: MnOfferDetail, selector: string) => clean($(el, selector)?.textContent);

/** The facts panel as label → value. */
function facts(el: MnOfferDetail): Record<string, string> {
  return Object.fromEntries($$(el, '.fact').map((f) => [clean(f.querySelector('dt')?.textContent), clean(f.querySelector('dd')?.textContent)]));
}

/** Renders, then waits for the outcome event (`mn-load` by default). */
async function show(template: TemplateResult, event: 'mn-load' | 'mn-error' = 'mn-load'): Promise<MnOfferDetail> {
  const done = oneEvent(document, event);
  const el = await fixture<MnOfferDetail>(template);
  await done;
  await el.updateComplete;
  return el;
}

/** An offer-1 detail from data: no request. */
function showOffer(overrides = {}, attrs: { seo?: boolean; now?: number } = {}): Promise<MnOfferDetail> {
  const { feed, offer } = makeTestOffer(overrides);
  return show(
    html`<mn-offer-detail ?seo=${attrs.seo ?? false} .now=${attrs.now ?? NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
  );
}

function jsonLdScripts(): HTMLScriptElement[] {
  return [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
}

describe('<mn-offer-detail .now=${NOW}>', () => {
  afterEach(() => {
    for (const s of jsonLdScripts()) s.remove();
  });

  describe('with the data given', () => {
    it('shows the offer, its facts and its sections', async () => {
      const el = await showOffer();
      expect(text(el, 'h2[part=title]')).to.equal('Développeuse ou développeur full-stack');
      expect(text(el, '[part=organisation]')).to.equal("Direction interministérielle du numérique, Ministère de l'Économie");
      expect(text(el, '[part=badges]')).to.equal('Nouveau');
      const f = facts(el);
      expect(f['Métier']).to.equal('Développeur');
      expect(f['Lieu']).to.equal('Rennes, Bretagne');
      expect(f['Télétravail']).to.equal('Télétravail partiel');
      expect(f['Contrat']).to.equal('Fonctionnaires ou contractuels');
      expect(f['Durée du contrat']).to.equal('3 ans');
      expect(f['Catégorie']).to.equal('Catégorie A');
      expect(f['Ouvert aux']).to.equal('Fonctionnaires, Contractuels');
      expect(f['Rémunération']).to.match(/^42\s000\s€ à 55\s000\s€ brut par an$/);
      expect(f['Expérience']).to.equal('2 ans d’expérience minimum');
      expect(f['Niveau d’études']).to.equal('Bac +5');
      expect(f['Publiée le']).to.equal('1 mars 2025');
      expect(f['Mise à jour le']).to.equal('2 mars 2025');
      expect(f['Date limite de candidature']).to.equal('30 avril 2025');
      expect(f['Référence']).to.equal('offer-1');
      expect($$(el, 'h3[part=section-title]').map((h) => clean(h.textContent))).to.deep.equal(['Mission', 'Profil recherché']);
      expect(text(el, '[part=section-body]')).to.equal('Construire des services publics numériques.');
      expect($(el, '[part=sections] ul li')?.textContent).to.equal('TypeScript');
      await expect(el).to.be.accessible();
    });

    it('focusTitle() moves the focus to the title once an offer shows, and says whether it could', async () => {
      const empty = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW}></mn-offer-detail>`);
      expect(await empty.focusTitle()).to.equal(false);
      const el = await showOffer();
      expect(await el.focusTitle()).to.equal(true);
      expect(root(el).activeElement).to.equal($(el, 'h2[part=title]'));
      await expect(el).to.be.accessible();
    });

    it('focusTitle() follows an offer set just before, and says false while the element is hidden', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferDetail>(
        html`<mn-offer-detail .now=${NOW} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
      );
      el.offer = offer; // not rendered yet: focusTitle() waits for it
      expect(await el.focusTitle()).to.equal(true);
      const title = $(el, 'h2[part=title]');
      expect(root(el).activeElement).to.equal(title);
      expect(title?.getAttribute('tabindex')).to.equal('-1');

      title?.blur();
      el.hidden = true;
      expect(await el.focusTitle()).to.equal(false);
      expect(root(el).activeElement).to.equal(null);
    });

    it('shows the sections in the order of the feed format', async () => {
      const sections = Object.fromEntries([...SECTION_KEYS].reverse().map((k) => [k, `<p>${k}</p>`]));
      const { feed, offer } = makeTestOffer();
      const doc = makeTestDocument({ sections });
      const el = await show(html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${doc}></mn-offer-detail>`);
      expect($$(el, '[part=section-body]').map((b) => b.textContent)).to.deep.equal([...SECTION_KEYS]);
    });

    it('takes its heading levels from heading-level', async () => {
      const { feed, offer } = makeTestOffer();
      const doc = makeTestDocument({ sections: { mission: '<h1>Sous-titre</h1><p>x</p>' } });
      const el = await show(html`<mn-offer-detail .now=${NOW} heading-level="1" .offer=${offer} .feedData=${feed} .offerDocument=${doc}></mn-offer-detail>`);
      expect(has(el, 'h1[part=title]'), 'h1[part=title]').to.equal(true);
      expect($$(el, 'h2').map((h) => clean(h.textContent))).to.deep.equal(['En bref', 'Candidater', 'Mission']);
      expect(text(el, '[part=section-body] h3')).to.equal('Sous-titre');
      await expect(el).to.be.accessible();
    });

    it('shows the excerpt when the offer has no document', async () => {
      const { feed, offer } = makeTestOffer({ document: undefined });
      const el = await show(html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed}></mn-offer-detail>`);
      expect(text(el, '[part=sections]')).to.equal('Rejoignez une équipe produit.');
    });

    it('says that there is no description at all', async () => {
      const { feed, offer } = makeTestOffer({ document: undefined, excerpt: undefined });
      const el = await show(html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed}></mn-offer-detail>`);
      expect(text(el, '[part=sections]')).to.equal('Le descriptif complet de cette offre n’est pas disponible.');
      await expect(el).to.be.accessible();
    });

    it('leaves out what is unknown, without the feed', async () => {
      const { offer } = makeTestOffer({ baseSalary: undefined, validThrough: undefined, occupationalCategory: undefined, remote: 'FULL', jobLocation: undefined });
      const el = await show(html`<mn-offer-detail .now=${NOW} .offer=${offer} .offerDocument=${makeTestDocument({ education: undefined, contractDuration: undefined })}></mn-offer-detail>`);
      const f = facts(el);
      expect(Object.keys(f)).to.deep.equal([
        'Lieu', 'Télétravail', 'Contrat', 'Catégorie', 'Ouvert aux', 'Expérience', 'Publiée le', 'Mise à jour le', 'Référence',
      ]);
      expect(f['Lieu']).to.equal('Télétravail total');
      expect(has(el, '[part=organisation]'), '[part=organisation]').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('speaks English', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await show(html`<mn-offer-detail lang="en" .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`);
      expect(facts(el)['Posted on']).to.equal('1 March 2025');
      expect($$(el, 'h3[part=section-title]').map((h) => clean(h.textContent))).to.deep.equal(['Mission', 'Profile']);
      expect(text(el, '[part=apply-button]')).to.equal('Apply');
    });

    it('keeps within 320 px, even with huge texts', async () => {
      const { feed, offer } = makeTestOffer({ title: 'Supercalifragilisticexpialidocious'.repeat(8) });
      const doc = makeTestDocument({ sections: { mission: `<p>${'x'.repeat(5000)}</p><ul><li>${'y'.repeat(3000)}</li></ul>` } });
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
        <mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${doc}></mn-offer-detail>
      </div>`);
      const el = wrapper.firstElementChild as MnOfferDetail;
      await waitUntil(() => $(el, '[part=section-body]'));
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('fires mn-load once per offer, not again for a new language or heading level', async () => {
      const { feed, offer } = makeTestOffer();
      const doc = makeTestDocument({ sections: { mission: '<h1>Sous-titre</h1><p><a href="https://example.org/">lien</a></p>' } });
      let loads = 0;
      const first = oneEvent(document, 'mn-load');
      const el = await fixture<MnOfferDetail>(
        html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${doc} @mn-load=${() => (loads += 1)}></mn-offer-detail>`,
      );
      await first;
      await el.updateComplete;
      expect(loads).to.equal(1);
      expect(text(el, '[part=section-body] a')).to.equal('lien (nouvelle fenêtre)');
      el.lang = 'en';
      // The texts are sanitised again, in English: the load that follows is done when they show.
      await waitUntil(() => text(el, '[part=section-body] a') === 'lien (new window)', 'the texts were not shown in English');
      await el.updateComplete;
      expect(loads).to.equal(1);
      el.headingLevel = 4;
      await waitUntil(() => has(el, '[part=section-body] h6'), 'the texts did not take the new heading level');
      await el.updateComplete;
      expect(loads).to.equal(1);
      const other = makeTestOffer({ id: 'offer-2', title: 'Autre' });
      const second = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      el.offer = other.offer;
      el.offerDocument = { id: 'offer-2', sections: { mission: '<p>Autre mission</p>' } };
      const event = await second;
      await el.updateComplete;
      expect(loads).to.equal(2);
      expect(event.offer?.id).to.equal('offer-2');
      expect(text(el, '[part=title]')).to.equal('Autre');
    });
  });

  describe('with offer-id', () => {
    it('loads the feed, then the offer’s document, showing that it does', async () => {
      const server = stubClient({ 'offers.json': wireFeed(), 'offers/offer-1.json': wireOfferDocument() }, { hold: true });
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`);
      expect($(el, '[part=base]')?.getAttribute('aria-busy')).to.equal('true');
      expect(text(el, '[role=status]')).to.equal('Chargement de l’offre…');
      expect(el.matches(':state(loading)')).to.equal(true);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'mn-load') as unknown as Promise<MnLoadEvent>;
      server.release();
      const event = await loaded;
      expect(event.count).to.equal(1);
      expect(event.stale).to.equal(false);
      expect(event.offer?.id).to.equal('offer-1');
      expect(event.offer?.title).to.equal('Développeuse ou développeur full-stack');
      await el.updateComplete;
      expect(server.requests).to.deep.equal([FEED_URL, DOC_URL]);
      expect(text(el, '[part=title]')).to.equal('Développeuse ou développeur full-stack');
      expect(text(el, '[part=section-body]')).to.equal('Construire des services publics numériques.');
      expect(el.matches(':state(loading)')).to.equal(false);
    });

    it('shows the facts while the document loads', async () => {
      const server = stubClient({ 'offers/offer-1.json': wireOfferDocument() }, { hold: true });
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .client=${server.client}></mn-offer-detail>`);
      expect(text(el, '[part=title]')).to.equal(offer.title);
      expect($(el, '[part=sections]')?.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      server.release();
      await waitUntil(() => $(el, '[part=section-body]'));
    });

    it('says when the feed cannot be read, and tries again', async () => {
      const routes: Record<string, unknown> = { 'offers.json': 503, 'offers/offer-1.json': wireOfferDocument() };
      const server = stubClient(routes);
      const failed = oneEvent(document, 'mn-error') as unknown as Promise<MnErrorEvent>;
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`);
      const error = await failed;
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(503);
      await el.updateComplete;
      expect(text(el, '[role=alert] p')).to.equal('Le serveur des offres a répondu par une erreur (503).');
      await expect(el).to.be.accessible();
      routes['offers.json'] = wireFeed();
      const loaded = oneEvent(el, 'mn-load');
      $<HTMLButtonElement>(el, '[role=alert] button')?.click();
      await loaded;
    });

    it('says when the offer is not in the feed', async () => {
      const server = stubClient({ 'offers.json': wireFeed() });
      const failed = oneEvent(document, 'mn-error') as unknown as Promise<MnErrorEvent>;
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="gone" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`);
      expect((await failed).code).to.equal('not-found');
      await el.updateComplete;
      expect(text(el, '[part=message]')).to.equal('Cette offre est introuvable : elle a peut-être été retirée.');
      await expect(el).to.be.accessible();
    });

    it('says when the feed address is not valid', async () => {
      const failed = oneEvent(document, 'mn-error') as unknown as Promise<MnErrorEvent>;
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="offer-1" feed="http://["></mn-offer-detail>`);
      const error = await failed;
      expect(error.code).to.equal('invalid-url');
      await el.updateComplete;
      expect(text(el, '[role=alert] p')).to.equal('L’adresse du flux des offres n’est pas valide.');
      await expect(el).to.be.accessible();
    });

    it('finds the offer in a given feed, without the feed request', async () => {
      const server = stubClient({ 'offers/offer-1.json': wireOfferDocument() });
      const { feed } = makeTestOffer();
      const el = await show(html`<mn-offer-detail .now=${NOW} offer-id="offer-1" .feedData=${feed} .client=${server.client}></mn-offer-detail>`);
      expect(text(el, '[part=title]')).to.equal('Développeuse ou développeur full-stack');
      expect(server.requests).to.deep.equal([DOC_URL]);
    });

    it('stops loading the document when it leaves the page, and starts again when back', async () => {
      const server = stubClient({ 'offers/offer-1.json': wireOfferDocument() }, { hold: true });
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .client=${server.client}></mn-offer-detail>`);
      const parent = el.parentElement as HTMLElement;
      let errors = 0;
      el.addEventListener('mn-error', () => (errors += 1));
      el.remove();
      await waitUntil(() => server.signals[0]?.aborted, 'the request went on after the element left');
      server.release();
      const loaded = oneEvent(el, 'mn-load');
      parent.append(el);
      await loaded;
      await el.updateComplete;
      expect(text(el, '[part=section-body]')).to.equal('Construire des services publics numériques.');
      expect(server.requests).to.deep.equal([DOC_URL, DOC_URL]);
      expect(errors).to.equal(0);
    });

    it('goes on loading the document when moved (out and back in at once): one request', async () => {
      const server = stubClient({ 'offers/offer-1.json': wireOfferDocument() }, { hold: true });
      const { feed, offer } = makeTestOffer();
      const wrapper = await fixture<HTMLElement>(
        html`<div><mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .client=${server.client}></mn-offer-detail><p>after</p></div>`,
      );
      const el = wrapper.querySelector('mn-offer-detail') as MnOfferDetail;
      const loaded = oneEvent(el, 'mn-load');
      wrapper.append(el);
      server.release();
      await loaded;
      await el.updateComplete;
      expect(text(el, '[part=section-body]')).to.equal('Construire des services publics numériques.');
      expect(server.requests).to.deep.equal([DOC_URL]);
      expect(server.signals[0]?.aborted).to.equal(false);
    });

    it('says when the document cannot be read, and tries again', async () => {
      const routes: Record<string, unknown> = { 'offers/offer-1.json': 404 };
      const server = stubClient(routes);
      const { feed, offer } = makeTestOffer();
      const el = await show(html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .client=${server.client}></mn-offer-detail>`, 'mn-error');
      expect(text(el, '[part=sections] [role=alert] p')).to.equal('Le descriptif complet de l’offre n’a pas pu être chargé.');
      expect(text(el, '[part=sections] .excerpt')).to.equal('Rejoignez une équipe produit.');
      expect(facts(el)['Lieu']).to.equal('Rennes, Bretagne');
      await expect(el).to.be.accessible();
      routes['offers/offer-1.json'] = wireOfferDocument();
      const loaded = oneEvent(el, 'mn-load');
      $<HTMLButtonElement>(el, '[part=sections] [role=alert] button')?.click();
      await loaded;
      await el.updateComplete;
      expect(text(el, '[part=section-body]')).to.equal('Construire des services publics numériques.');
    });

    it('says when it shows a saved copy', async () => {
      const storage = memoryStorage();
      const first = stubClient({ 'offers.json': wireFeed(), 'offers/offer-1.json': wireOfferDocument() }, { storage });
      await first.client.load(FEED_URL);
      const offline = stubClient({ 'offers.json': 503, 'offers/offer-1.json': wireOfferDocument() }, { storage });
      const loaded = oneEvent(document, 'mn-load') as unknown as Promise<MnLoadEvent>;
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="offer-1" feed=${FEED_URL} .client=${offline.client}></mn-offer-detail>`);
      expect((await loaded).stale).to.equal(true);
      await el.updateComplete;
      expect(text(el, '.stale p')).to.match(/^Le serveur des offres ne répond pas correctement : voici les offres enregistrées le /);
      expect($(el, '.stale')?.getAttribute('role'), 'said to screen readers as it shows').to.equal('alert');
      await expect(el).to.be.accessible();
    });

    it('"Réessayer" in the saved copy\'s notice: said again when it fails again, the focus back on it; then on the title', async () => {
      const storage = memoryStorage();
      const first = stubClient({ 'offers.json': wireFeed(), 'offers/offer-1.json': wireOfferDocument() }, { storage });
      await first.client.load(FEED_URL);
      const routes: Record<string, unknown> = { 'offers.json': 503, 'offers/offer-1.json': wireOfferDocument() };
      const offline = stubClient(routes, { storage });
      const loaded = oneEvent(document, 'mn-load') as unknown as Promise<MnLoadEvent>;
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="offer-1" feed=${FEED_URL} .client=${offline.client}></mn-offer-detail>`);
      await loaded;
      await el.updateComplete;
      // What a screen reader is told: the alerts put in the page, or whose text changes.
      const said: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const { target, addedNodes } of records) {
          for (const node of [...addedNodes, target].filter((n): n is Element => n instanceof Element)) {
            const alert = node.closest('[role="alert"]') ?? node.querySelector('[role="alert"]');
            if (alert) said.push(clean(alert.querySelector('p')?.textContent));
          }
        }
      });
      observer.observe(root(el), { childList: true, subtree: true, characterData: true });
      const again = oneEvent(el, 'mn-load') as unknown as Promise<MnLoadEvent>;
      $<HTMLButtonElement>(el, '[part=stale] button')?.click();
      expect((await again).stale, 'still down: the saved copy again').to.equal(true);
      await el.updateComplete;
      observer.disconnect();
      expect(said.length, 'the notice said again').to.be.greaterThan(0);
      expect(said.every((s) => /^Le serveur des offres ne répond pas correctement : voici les offres enregistrées le /.test(s)), said.join(' | ')).to.equal(true);
      expect(root(el).activeElement === $(el, '[part=stale] button'), 'the focus on "Réessayer"').to.equal(true);

      routes['offers.json'] = wireFeed();
      const fresh = oneEvent(el, 'mn-load') as unknown as Promise<MnLoadEvent>;
      $<HTMLButtonElement>(el, '[part=stale] button')?.click();
      expect((await fresh).stale).to.equal(false);
      await el.updateComplete;
      expect(has(el, '[part=stale]')).to.equal(false);
      expect(root(el).activeElement === $(el, '[part=title]'), `the focus on the title, where the notice was, not on ${root(el).activeElement?.outerHTML.slice(0, 60)}`).to.equal(true);
    });
  });

  describe('applying', () => {
    it('on the platform: "Postuler" fires mn-application-open, then opens the form below', async () => {
      const el = await showOffer();
      const button = $<HTMLButtonElement>(el, 'button[part=apply-button]');
      expect(button?.textContent?.trim()).to.equal('Postuler');
      expect(button?.getAttribute('aria-expanded')).to.equal('false');
      const opened = oneEvent(el, 'mn-application-open') as unknown as Promise<MnApplicationOpenEvent>;
      button?.click();
      const event = await opened;
      expect(event.offerId).to.equal('offer-1');
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(button?.getAttribute('aria-expanded')).to.equal('true');
      const form = $(el, '#application mn-application-form');
      expect(form?.getAttribute('offer-id')).to.equal('offer-1');
      expect(el.matches(':state(applying)')).to.equal(true);
      await customElements.whenDefined('mn-application-form');
      button?.click();
      await el.updateComplete;
      expect($(el, '#application')?.hidden).to.equal(true);
    });

    it('leaves the form to the host that cancels mn-application-open', async () => {
      const el = await showOffer();
      el.addEventListener('mn-application-open', (e) => e.preventDefault());
      $<HTMLButtonElement>(el, 'button[part=apply-button]')?.click();
      await el.updateComplete;
      expect(has(el, 'mn-application-form'), 'mn-application-form').to.equal(false);
      expect($(el, 'button[part=apply-button]')?.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens a form that judges the offer open at the detail’s `now`, not at today’s date', async () => {
      const el = await showOffer({ validThrough: new Date(NOW + 86_400_000).toISOString() }); // open at NOW, closed today
      $<HTMLButtonElement>(el, 'button[part=apply-button]')?.click();
      await customElements.whenDefined('mn-application-form');
      await el.updateComplete;
      const form = $<MnApplicationForm>(el, 'mn-application-form') as MnApplicationForm;
      await form.updateComplete;
      expect(form.shadowRoot?.querySelector('form'), 'the form’s fields').to.not.equal(null);
    });

    it('gives its form the page’s privacy notice and consent text, also when they change', async () => {
      const el = await showOffer();
      el.setAttribute('privacy-href', '/donnees-personnelles');
      el.setAttribute('consent-text', 'Vos données sont traitées par le ministère X.');
      $<HTMLButtonElement>(el, 'button[part=apply-button]')?.click();
      await customElements.whenDefined('mn-application-form');
      await el.updateComplete;
      const form = $<MnApplicationForm>(el, 'mn-application-form') as MnApplicationForm;
      await form.updateComplete;
      const consent = () => clean(form.shadowRoot?.querySelector('[part=consent]')?.textContent);
      const privacy = () => form.shadowRoot?.querySelector<HTMLAnchorElement>('[part=consent] a');
      expect(consent()).to.contain('Vos données sont traitées par le ministère X.');
      expect(privacy()?.getAttribute('href')).to.equal('/donnees-personnelles');
      el.privacyHref = '/vie-privee';
      await el.updateComplete;
      await form.updateComplete;
      expect(privacy()?.getAttribute('href')).to.equal('/vie-privee');
      el.removeAttribute('consent-text');
      await el.updateComplete;
      await form.updateComplete;
      expect(consent()).to.contain('Les informations de ce formulaire sont transmises');
      await expect(el).to.be.accessible();
    });

    it('opens from the keyboard', async () => {
      const el = await showOffer({ hiringOrganization: 'mef' }); // no link in the facts before the button
      el.addEventListener('mn-application-open', (e) => e.preventDefault());
      const button = $<HTMLButtonElement>(el, 'button[part=apply-button]');
      await sendKeys({ press: 'Tab' });
      if (root(el).activeElement !== button) await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button);
      const opened = oneEvent(el, 'mn-application-open');
      await sendKeys({ press: 'Enter' });
      await opened;
    });

    it('on the recruiter’s site: a link that opens a new window, and says so', async () => {
      const url = 'https://choisirleservicepublic.gouv.fr/offre/1';
      const el = await showOffer({ apply: { mode: 'external', url } });
      const link = $<HTMLAnchorElement>(el, 'a[part=apply-button]');
      expect(link?.href).to.equal(url);
      expect(link?.target).to.equal('_blank');
      expect(link?.rel).to.equal('noopener noreferrer');
      expect(clean(link?.textContent)).to.equal('Postuler sur le site du recruteur (nouvelle fenêtre)');
      await expect(el).to.be.accessible();
    });

    it('by e-mail: a prefilled message', async () => {
      const el = await showOffer({ apply: { mode: 'email', email: 'rh@example.gouv.fr' } });
      const link = $<HTMLAnchorElement>(el, 'a[part=apply-button]');
      const href = new URL(link?.href ?? '');
      expect(href.protocol).to.equal('mailto:');
      expect(href.pathname).to.equal('rh@example.gouv.fr');
      expect(href.searchParams.get('subject')).to.equal('Candidature : Développeuse ou développeur full-stack (réf. offer-1)');
      expect(text(el, '.apply .hint')).to.equal('Adresse de candidature : rh@example.gouv.fr');
      await expect(el).to.be.accessible();
      const own = await showOffer({ apply: { mode: 'email', email: 'rh@example.gouv.fr', subject: 'Réf. 42 & co' } });
      expect(new URL($<HTMLAnchorElement>(own, 'a[part=apply-button]')?.href ?? '').searchParams.get('subject')).to.equal('Réf. 42 & co');
    });

    it('not once the offer is filled', async () => {
      const el = await showOffer({ status: 'filled' });
      expect(text(el, '[part=apply] .alert')).to.equal('Cette offre a été pourvue : elle n’accepte plus de candidatures.');
      expect(has(el, '[part=apply-button]'), '[part=apply-button]').to.equal(false);
      expect(text(el, '[part=badges]')).to.equal('Pourvue');
      expect(el.matches(':state(closed)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('not after the deadline', async () => {
      const el = await showOffer({}, { now: Date.UTC(2025, 4, 2) });
      expect(text(el, '[part=apply] .alert')).to.equal(
        'La date limite de candidature est passée (30 avril 2025) : cette offre n’accepte plus de candidatures.',
      );
      expect(has(el, '[part=apply-button]'), '[part=apply-button]').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('not to an unsafe address given directly', async () => {
      const { feed, offer } = makeTestOffer();
      const bad = { ...offer, apply: { mode: 'external' as const, url: 'javascript:alert(1)' } };
      const el = await show(html`<mn-offer-detail .now=${NOW} .offer=${bad} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`);
      expect(has(el, '[part=apply]'), '[part=apply]').to.equal(false);
      expect(root(el).innerHTML).not.to.contain('javascript:');
    });
  });

  describe('seo', () => {
    it('adds one JobPosting to the page head, and removes it when the element leaves', async () => {
      const el = await showOffer({}, { seo: true });
      const scripts = jsonLdScripts();
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]?.textContent ?? '');
      expect(data['@context']).to.equal('https://schema.org/');
      expect(data['@type']).to.equal('JobPosting');
      expect(data.title).to.equal('Développeuse ou développeur full-stack');
      expect(data.description).to.contain('<h2>Mission</h2><p>Construire des services publics numériques.</p>');
      expect(data.datePosted).to.equal('2025-03-01T09:00:00.000Z');
      expect(data.validThrough).to.match(/^2025-04-30T/);
      expect(data.employmentType).to.equal('FULL_TIME');
      expect(data.hiringOrganization).to.deep.equal({
        '@type': 'Organization',
        name: 'Direction interministérielle du numérique',
        sameAs: 'https://www.economie.gouv.fr/',
        parentOrganization: { '@type': 'GovernmentOrganization', name: "Ministère de l'Économie" },
      });
      expect(data.jobLocation).to.deep.equal({
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'FR', addressLocality: 'Rennes', postalCode: '35000', addressRegion: 'Bretagne' },
      });
      expect(data.baseSalary).to.deep.equal({
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', unitText: 'YEAR', minValue: 42000, maxValue: 55000 },
      });
      expect(data.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'Direction interministérielle du numérique', value: 'offer-1' });
      expect(data.directApply).to.equal(true);
      expect(data.url).to.equal('https://metiers.numerique.gouv.fr/offres/offer-1');
      expect(data.occupationalCategory).to.equal('Développeur');
      expect(data.experienceRequirements).to.deep.equal({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 });

      const parent = el.parentElement as HTMLElement;
      el.remove();
      expect(jsonLdScripts()).to.have.length(0);
      parent.append(el);
      await elementUpdated(el);
      expect(jsonLdScripts()).to.have.length(1);
      el.seo = false;
      await elementUpdated(el);
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('follows the offer shown, one script per element', async () => {
      const el = await showOffer({}, { seo: true });
      const other = makeTestOffer({ id: 'offer-2', title: 'Autre', apply: { mode: 'external', url: 'https://example.org/' } });
      const loaded = oneEvent(el, 'mn-load');
      el.offer = other.offer;
      el.offerDocument = { id: 'offer-2', sections: { mission: '<p>Autre mission</p>' } };
      await loaded;
      await el.updateComplete;
      const scripts = jsonLdScripts();
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]?.textContent ?? '');
      expect(data.title).to.equal('Autre');
      expect(data.directApply).to.equal(false);
      await showOffer({}, { seo: true });
      expect(jsonLdScripts()).to.have.length(2);
    });

    it('still fires mn-load when the page refuses the JSON-LD', async () => {
      const errors: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      const head = document.head as HTMLHeadElement & { append: (...nodes: Array<Node | string>) => void };
      head.append = () => {
        throw new TypeError('refused by the page');
      };
      try {
        await showOffer({}, { seo: true }); // waits for mn-load
      } finally {
        delete (head as Partial<typeof head>).append;
        console.error = consoleError;
      }
      expect(jsonLdScripts()).to.have.length(0);
      expect(errors.map(([message, error]) => `${String(message)} ${(error as Error).message}`)).to.include(
        'mn-offer-detail: the JSON-LD could not be added: refused by the page',
      );
    });

    it('says "TELECOMMUTE" for a fully remote offer', async () => {
      await showOffer({ remote: 'FULL', jobLocation: undefined, employmentType: ['FREELANCER', 'INTERN'] }, { seo: true });
      const data = JSON.parse(jsonLdScripts()[0]?.textContent ?? '');
      expect(data.jobLocationType).to.equal('TELECOMMUTE');
      expect(data.applicantLocationRequirements).to.deep.equal({ '@type': 'Country', name: 'FR' });
      expect(data.jobLocation).to.equal(undefined);
      expect(data.employmentType).to.deep.equal(['CONTRACTOR', 'INTERN']);
    });

    it('adds nothing for a closed offer, nor without the attribute', async () => {
      await showOffer({ status: 'filled' }, { seo: true });
      await showOffer();
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('cannot be broken out of', async () => {
      await showOffer({ title: '</script><script>window.__mnPwned()</script><!--' }, { seo: true });
      const script = jsonLdScripts()[0] as HTMLScriptElement;
      expect(script.textContent).not.to.contain('<');
      expect(JSON.parse(script.textContent ?? '').title).to.equal('</script><script>window.__mnPwned()</script><!--');
      // Parsed as HTML (as a server-rendered copy of the head would be), it is still one script.
      const copy = new DOMParser().parseFromString(`<head>${script.outerHTML}</head>`, 'text/html');
      expect(copy.head.querySelectorAll('script')).to.have.length(1);
    });
  });

  describe('with a hostile feed', () => {
    const hits = countPayloadRuns();

    it('renders every offer safely', async () => {
      const feed = normaliseFeed(hostileWireFeed(), FEED_URL);
      for (const offer of feed.offers) {
        const doc = normaliseOfferDocument(hostileWireDocument(offer.id), offer.id);
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
          <mn-offer-detail .now=${NOW} seo .offer=${offer} .feedData=${feed} .offerDocument=${doc}></mn-offer-detail>
        </div>`);
        const el = wrapper.firstElementChild as MnOfferDetail;
        await waitUntil(() => $(el, '[part=section-body]'), `sections of ${offer.id}`);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(has(el, 'script, img, svg, math, iframe, object, embed, style, form, base, meta, link, template'), 'script, img, svg, math, iframe, object, embed, style, form, base, meta, link, template').to.equal(false);
        for (const node of $$(el, '*')) {
          for (const attr of Array.from(node.attributes)) expect(attr.name, `${node.localName}[${attr.name}]`).not.to.match(/^on|^style$|^srcdoc$/);
        }
        for (const a of $$(el, 'a')) expect(new URL((a as HTMLAnchorElement).href).protocol).to.match(/^(https?|mailto):$/);
        expect(el.scrollWidth, `width of ${offer.id}`).to.be.at.most(320);
        expect(jsonLdScripts()).to.have.length(1);
        expect(jsonLdScripts()[0]?.textContent).not.to.contain('<');
        await expect(el).to.be.accessible();
        wrapper.remove();
      }
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('evil.example'))).to.have.length(0);
      expect(hits()).to.equal(0);
    });
  });
});
