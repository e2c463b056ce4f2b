import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { FeedClient } from '../../../src/data/feed-client.js';
import { wireFeed } from '../../fixtures/feed.js';
import { deferred, jsonResponse, MemoryStorage } from '../../fixtures/fetch-stub.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { collectWarnings, noMoreWarnings, warned } from '../../support/console-warnings.js';
import { countText, ids, renderList, root } from './helpers.js';

const feed = makeFeed(120);

describe('<mn-offer-list> presets the feed does not know', () => {
  const warnings = collectWarnings();

  describe('ids and codes', () => {
    const cases: [attribute: string, value: string, warning: string][] = [
      [
        'organisation',
        'min-interieru',
        'organisation="min-interieru" is not an organisation id of the feed; expected an id such as "min-interieur" (Ministère de l’Intérieur et des Outre-mer).',
      ],
      [
        'trade',
        'developpeuse',
        'trade="developpeuse" is not a trade id of the feed; expected an id such as "developpeur" (Développeuse / Développeur).',
      ],
      ['family', 'donnes', 'family="donnes" is not a trade family id of the feed; expected an id such as "donnees" (Données).'],
      ['region', 'normandie', 'region="normandie" is not a région code of the feed; expected an INSEE code such as "11" (Île-de-France).'],
      ['departement', '99', 'departement="99" is not a département code of the feed; expected an INSEE code such as "75" (Paris).'],
    ];
    for (const [attribute, value, warning] of cases) {
      it(`warns once about ${attribute}="${value}", with an example from the feed; visitors see no offer, as before`, async () => {
        const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
        await noMoreWarnings(warnings, 0);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        await warned(warnings);
        expect(warnings).to.deep.equal([`mn-offer-list: ${warning} The list shows no offer for it.`]);
        expect(countText(el)).to.equal('Aucune offre');
        expect(root(el).textContent).not.to.contain(value);
        el.setAttribute('page-size', '10');
        await el.updateComplete;
        await noMoreWarnings(warnings, 1);
      });
    }

    it('names the value within a list of them, and keeps the offers of the others', async () => {
      const el = await renderList(html`<mn-offer-list region="53, normandie" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const exact = await renderList(html`<mn-offer-list region="53" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await warned(warnings);
      expect(warnings).to.deep.equal([
        'mn-offer-list: "normandie" in region="53, normandie" is not a région code of the feed; expected an INSEE code such as "11" (Île-de-France). The list shows no offer for it.',
      ]);
      expect(ids(exact)).not.to.be.empty;
      expect(ids(el)).to.deep.equal(ids(exact));
    });
  });

  describe('enumerations', () => {
    const cases: [attribute: string, value: string, warning: string][] = [
      [
        'contract',
        'CDI',
        'contract="CDI" is not a contract type; expected one of NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER, CONTRACT_WORKER_ONLY, FREELANCER, APPRENTICESHIP, INTERN, INTERNATIONAL_VOLUNTEER. It is ignored: the list is not limited by contract type.',
      ],
      ['remote', 'sometimes', 'remote="sometimes" is not a remote work status; expected one of FULL, PARTIAL, NONE. It is ignored: the list is not limited by remote work status.'],
      ['category', 'D', 'category="D" is not a category; expected one of A, B, C. It is ignored: the list is not limited by category.'],
    ];
    for (const [attribute, value, warning] of cases) {
      it(`warns that ${attribute}="${value}" is ignored`, async () => {
        const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
        const all = countText(el);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        await warned(warnings);
        expect(warnings).to.deep.equal([`mn-offer-list: ${warning}`]);
        expect(countText(el)).to.equal(all);
      });
    }

    it('names the ignored value of a list', async () => {
      await renderList(html`<mn-offer-list contract="intern CDI" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await warned(warnings);
      expect(warnings).to.deep.equal([
        'mn-offer-list: "CDI" in contract="intern CDI" is not a contract type; expected one of NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER, CONTRACT_WORKER_ONLY, FREELANCER, APPRENTICESHIP, INTERN, INTERNATIONAL_VOLUNTEER. It is ignored.',
      ]);
    });
  });

  it('says nothing of presets the feed knows, only of the one it does not', async () => {
    await renderList(html`<mn-offer-list
      organisation="min-interieur dinum"
      trade="developpeur"
      family="developpement, donnees"
      region="11 53"
      departement="75,35"
      contract="intern FREELANCER"
      remote="partial"
      category="a"
      .feedData=${feed}
      .now=${FIXTURE_NOW}
    ></mn-offer-list>`);
    await renderList(html`<mn-offer-list trade="astronaute" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await warned(warnings);
    await noMoreWarnings(warnings, 1);
    expect(warnings[0]).to.match(/^mn-offer-list: trade="astronaute" is not a trade id of the feed/);
  });

  it('warns again only when the value or the feed changes', async () => {
    const el = await renderList(html`<mn-offer-list region="normandie" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await warned(warnings);
    await noMoreWarnings(warnings, 1);
    el.region = 'normandie';
    el.setAttribute('trade', 'developpeur');
    await el.updateComplete;
    await noMoreWarnings(warnings, 1);
    el.region = 'corse';
    await el.updateComplete;
    await warned(warnings, 2);
    await noMoreWarnings(warnings, 2);
    expect(warnings[1]).to.match(/^mn-offer-list: region="corse" is not a région code of the feed/);
    el.feedData = makeFeed(30);
    await waitUntil(() => warnings.length === 3, 'no warning for the new feed');
    expect(warnings[2]).to.equal(warnings[1]);
  });

  it('says nothing before the feed is loaded', async () => {
    const response = deferred<Response>();
    const client = new FeedClient({ fetch: () => response.promise, storage: new MemoryStorage() });
    const el = await fixture<MnOfferList>(
      html`<mn-offer-list feed="https://feeds.example.org/feed/v1/offers.json" region="bretagn" .client=${client}></mn-offer-list>`,
    );
    await el.updateComplete;
    expect(countText(el)).to.equal('Chargement des offres…');
    await noMoreWarnings(warnings, 0);
    response.resolve(jsonResponse(wireFeed()));
    await waitUntil(() => warnings.length > 0, 'no warning once the feed is loaded');
    expect(warnings).to.deep.equal([
      'mn-offer-list: region="bretagn" is not a région code of the feed; expected an INSEE code such as "53" (Bretagne). The list shows no offer for it.',
    ]);
  });
});
