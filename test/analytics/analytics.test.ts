/**
 * The recipes of docs/analytics.md (examples/analytics/analytics.js), run against real
 * elements: what they collect, and that nothing the visitor typed is in it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { beaconSender, countWidgetEvents, matomoSender, trackWidgets, type WidgetRecord } from '../../examples/analytics/analytics.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { $, cards, choose, renderList, stayOnPage } from '../components/offer-list/helpers.js';
import { fillValid, mount, submit } from '../components/application-form/helpers.js';
import { makeTestDocument, makeTestOffer } from '../components/offer-card/fixtures.js';
import '../../src/components/offer-detail/mn-offer-detail.js';

interface Beacon {
  url: string;
  body: string;
}

const feed = makeFeed(60);

/** What a visitor does: the list loads, a région chosen, an offer opened, then words searched (a name). */
async function browseOffers(): Promise<string> {
  const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
  await choose(el, 'region', '53');
  const card = cards(el)[0];
  const selected = oneEvent(el, 'mn-offer-select');
  card?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link')?.click();
  await selected;
  const input = $<HTMLInputElement>(el, '#keywords');
  input.focus();
  input.value = 'Camille Martin';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const searched = oneEvent(el, 'mn-filter-change');
  await sendKeys({ press: 'Enter' });
  await searched;
  return card?.offer?.id as string; // the offer opened
}

describe('analytics recipes (examples/analytics/analytics.js)', () => {
  let beacons: Beacon[];
  let stop: (() => void) | undefined;
  let restoreClicks: () => void;

  beforeEach(() => {
    beacons = [];
    // sendBeacon as the browser has it, but recording instead of sending
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      value: (url: string | URL, body?: BodyInit | null) => {
        beacons.push({ url: String(url), body: String(body) });
        return true;
      },
    });
    restoreClicks = stayOnPage();
  });

  afterEach(() => {
    stop?.();
    stop = undefined;
    Reflect.deleteProperty(navigator, 'sendBeacon');
    restoreClicks();
  });

  it('sends short values from the offer list with sendBeacon when the page is left, and not the words searched', async () => {
    const beacon = beaconSender('/stats/mn-widgets');
    stop = trackWidgets(beacon.send);
    const openedId = await browseOffers();
    expect(beacons).to.deep.equal([]);

    window.dispatchEvent(new Event('pagehide'));
    expect(beacons).to.have.length(1);
    expect(beacons[0]?.url).to.equal('/stats/mn-widgets');
    const records = JSON.parse(beacons[0]?.body ?? '') as WidgetRecord[];
    const [load, region, select, search] = records;
    expect(records.map((r) => r.event)).to.deep.equal(['mn-load', 'mn-filter-change', 'mn-offer-select', 'mn-filter-change']);
    expect(load).to.deep.equal({ event: 'mn-load', element: 'mn-offer-list', count: load?.count, stale: false, issues: 0 });
    expect(load?.count).to.be.greaterThan(20);
    expect(region).to.deep.include({ event: 'mn-filter-change', element: 'mn-offer-list', filters: 'region:53', searched: false });
    expect(search).to.deep.include({ filters: 'region:53', searched: true, total: 0 });
    expect(Object.keys(search ?? {})).to.deep.equal(['event', 'element', 'filters', 'searched', 'total']);
    expect(select).to.deep.equal({ event: 'mn-offer-select', element: 'mn-offer-list', offerId: openedId });
    expect(beacons[0]?.body).to.not.match(/Camille|Martin/);
  });

  it('names the offer a detail shows, for an "offer viewed" measure', async () => {
    const beacon = beaconSender('/stats/mn-widgets');
    stop = trackWidgets(beacon.send);
    const { feed: detailFeed, offer } = makeTestOffer({ id: 'offer-viewed' });
    const loaded = oneEvent(document, 'mn-load');
    await fixture(html`<mn-offer-detail .now=${FIXTURE_NOW} .offer=${offer} .feedData=${detailFeed} .offerDocument=${makeTestDocument({ id: 'offer-viewed' })}></mn-offer-detail>`);
    await loaded;
    beacon.flush();

    const records = JSON.parse(beacons[0]?.body ?? '') as WidgetRecord[];
    expect(records).to.deep.equal([{ event: 'mn-load', element: 'mn-offer-detail', offerId: 'offer-viewed', count: 1, stale: false, issues: 0 }]);
  });

  it('collects nothing the candidate typed when an application is sent', async () => {
    const beacon = beaconSender('/stats/mn-widgets');
    stop = trackWidgets(beacon.send);
    const { el, double } = await mount();
    await fillValid(el);
    const accepted = oneEvent(el, 'mn-application-success');
    await submit(el);
    await accepted;
    beacon.flush();

    expect(beacons).to.have.length(1);
    const records = JSON.parse(beacons[0]?.body ?? '') as WidgetRecord[];
    expect(records).to.deep.equal([
      { event: 'mn-application-submit', element: 'mn-application-form', offerId: 'offer-open' },
      { event: 'mn-application-success', element: 'mn-application-form', offerId: 'offer-open' },
    ]);
    const key = double.requests[0]?.key as string;
    expect(key).to.match(/^[0-9a-f-]{36}$/);
    expect(beacons[0]?.body).to.not.match(/Camille|Martin|example\.fr|Bonjour|cv\.pdf|MN-TEST/);
    expect(beacons[0]?.body).to.not.contain(key);
  });

  it('sends a batch once it is full, without waiting for the page to be left', async () => {
    const beacon = beaconSender('/stats/mn-widgets', { batch: 2 });
    stop = trackWidgets(beacon.send);
    await browseOffers();
    expect(beacons.map((b) => (JSON.parse(b.body) as WidgetRecord[]).map((r) => r.event))).to.deep.equal([
      ['mn-load', 'mn-filter-change'],
      ['mn-offer-select', 'mn-filter-change'],
    ]);
  });

  it('counts events with document listeners, and gives Matomo its trackEvent calls', async () => {
    const counts = countWidgetEvents();
    const paq: unknown[][] = [];
    stop = trackWidgets(matomoSender(paq));
    const openedId = await browseOffers();
    expect(counts).to.deep.equal({ 'mn-load': 1, 'mn-filter-change': 2, 'mn-offer-select': 1 });
    expect(paq.map(([command, category, action]) => [command, category, action])).to.deep.equal([
      ['trackEvent', 'mn-widgets', 'mn-load'],
      ['trackEvent', 'mn-widgets', 'mn-filter-change'],
      ['trackEvent', 'mn-widgets', 'mn-offer-select'],
      ['trackEvent', 'mn-widgets', 'mn-filter-change'],
    ]);
    expect(paq[1]?.[3]).to.equal('region:53');
    expect(paq[2]).to.deep.equal(['trackEvent', 'mn-widgets', 'mn-offer-select', openedId]);
    expect(JSON.stringify(paq)).to.not.match(/Camille|Martin/);
  });
});
