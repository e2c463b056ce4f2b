/**
 * With no offer to show (not in the feed, feed unreadable), the detail still has its title heading, which says
 * why: on an offer's page (`heading-level="1"`) the page keeps its `h1`.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { FeedClient } from '../../../src/data/feed-client.js';
import type { MnErrorEvent } from '../../../src/events/mn-error.js';
import { deferred, jsonResponse, stubFetch, type Deferred } from '../../fixtures/fetch-stub.js';
import { FEED_URL, makeTestOffer, NOW, stubClient, wireFeed, wireOfferDocument } from '../offer-card/fixtures.js';
import { collapse as clean } from '../../support/text.js';

/** axe-core, on the window once `accessible()` has loaded it. */
interface Axe {
  run(context: Document, options: { runOnly: string[] }): Promise<{ violations: { id: string }[]; passes: { id: string }[] }>;
}

const root = (el: MnOfferDetail) => el.shadowRoot as ShadowRoot;

/** Every heading the element shows, as "h1 Offre introuvable". */
const headings = (el: MnOfferDetail) =>
  [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${clean(h.textContent)}`);

/** Renders, then waits for `mn-error`, and gives its code. */
async function failing(template: ReturnType<typeof html>): Promise<{ el: MnOfferDetail; code: string }> {
  const failed = oneEvent(document, 'mn-error') as unknown as Promise<MnErrorEvent>;
  const el = await fixture<MnOfferDetail>(template);
  const { code } = await failed;
  await el.updateComplete;
  return { el, code };
}

/** Axe's page-level rule: the page has an `h1` (here the test page holds only the element). */
async function expectPageHeadingOne(el: MnOfferDetail): Promise<void> {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(document, { runOnly: ['page-has-heading-one'] });
  expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  expect(results.passes.map((p) => p.id)).to.deep.equal(['page-has-heading-one']);
}

/** Presses the button from the keyboard. */
async function press(button: HTMLElement | null | undefined): Promise<void> {
  if (!button) throw new Error('no button to press');
  button.focus();
  await sendKeys({ press: 'Enter' });
}

/** The focus is on `target`, in the element's shadow root. */
function expectFocusOn(el: MnOfferDetail, target: Element | null): void {
  expect(target, 'the focus target exists').to.be.instanceOf(Element);
  expect(document.activeElement === el, 'the page’s focus is on the element').to.equal(true);
  expect(root(el).activeElement === target, `focus on ${root(el).activeElement?.outerHTML.slice(0, 60)}`).to.equal(true);
}

describe('<mn-offer-detail> with no offer to show', () => {
  it('not in the feed: "Offre introuvable" at the heading level, above the message', async () => {
    const server = stubClient({ 'offers.json': wireFeed() });
    const { el, code } = await failing(
      html`<mn-offer-detail .now=${NOW} heading-level="1" offer-id="gone" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`,
    );
    expect(code).to.equal('not-found');
    expect(headings(el)).to.deep.equal(['h1 Offre introuvable']);
    const title = root(el).querySelector('[part=title]');
    expect(title?.localName).to.equal('h1');
    expect(title?.nextElementSibling?.getAttribute('part')).to.equal('message');
    expect(clean(root(el).querySelector('[part=message][role=status]')?.textContent)).to.equal(
      'Cette offre est introuvable : elle a peut-être été retirée.',
    );
    await expectPageHeadingOne(el);
  });

  it('focusTitle() moves the focus to "Offre introuvable", and says so', async () => {
    const { feed } = makeTestOffer();
    const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="gone" .feedData=${feed}></mn-offer-detail>`);
    const title = root(el).querySelector('[part=title]');
    expect(title?.getAttribute('tabindex'), 'focusable by script only').to.equal('-1');
    expect(await el.focusTitle()).to.equal(true);
    expectFocusOn(el, title);
  });

  it('focusTitle() moves the focus to "Offre indisponible" too, above the alert', async () => {
    const server = stubClient({ 'offers.json': 503 });
    const { el } = await failing(
      html`<mn-offer-detail .now=${NOW} heading-level="1" offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`,
    );
    expect(await el.focusTitle()).to.equal(true);
    expectFocusOn(el, root(el).querySelector('h1[part=title]'));
  });

  it('not in the feed given: the same, at the default level (2)', async () => {
    const { feed } = makeTestOffer();
    const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .now=${NOW} offer-id="gone" .feedData=${feed}></mn-offer-detail>`);
    expect(headings(el)).to.deep.equal(['h2 Offre introuvable']);
    expect(root(el).querySelector('[part=message]')?.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('the feed cannot be read: "Offre indisponible" above the alert and its retry button', async () => {
    const server = stubClient({ 'offers.json': 503 });
    const { el, code } = await failing(
      html`<mn-offer-detail .now=${NOW} heading-level="1" offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`,
    );
    expect(code).to.equal('http');
    expect(headings(el)).to.deep.equal(['h1 Offre indisponible']);
    const alert = root(el).querySelector('[part=message][role=alert]');
    expect(clean(alert?.querySelector('p')?.textContent)).to.equal('Le serveur des offres a répondu par une erreur (503).');
    expect(alert?.querySelector('button')).to.be.instanceOf(HTMLButtonElement);
    await expectPageHeadingOne(el);
  });

  it('the feed address is not valid: "Offre indisponible", at heading-level 3', async () => {
    const { el, code } = await failing(html`<mn-offer-detail .now=${NOW} heading-level="3" offer-id="offer-1" feed="http://["></mn-offer-detail>`);
    expect(code).to.equal('invalid-url');
    expect(headings(el)).to.deep.equal(['h3 Offre indisponible']);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const found = stubClient({ 'offers.json': wireFeed() });
    const notFound = await failing(
      html`<mn-offer-detail lang="en" heading-level="1" .now=${NOW} offer-id="gone" feed=${FEED_URL} .client=${found.client}></mn-offer-detail>`,
    );
    expect(headings(notFound.el)).to.deep.equal(['h1 Offer not found']);
    const down = stubClient({ 'offers.json': 503 });
    const unavailable = await failing(
      html`<mn-offer-detail lang="en" heading-level="1" .now=${NOW} offer-id="offer-1" feed=${FEED_URL} .client=${down.client}></mn-offer-detail>`,
    );
    expect(headings(unavailable.el)).to.deep.equal(['h1 Offer unavailable']);
  });

  it('"retry": the focus waits on the element, goes to the new retry button, then to the offer\'s title; one title each time', async () => {
    const answers: Deferred<Response>[] = [];
    const server = stubFetch((call) => {
      if (call.url.endsWith('/offers/offer-1.json')) return jsonResponse(wireOfferDocument());
      const answer = deferred<Response>();
      answers.push(answer);
      return answer.promise;
    });
    const client = new FeedClient({ fetch: server.fetch, storage: null });
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .now=${NOW} heading-level="1" offer-id="offer-1" feed=${FEED_URL} .client=${client}></mn-offer-detail>`,
    );
    const retry = () => root(el).querySelector<HTMLElement>('[part=message] button');
    const failed = oneEvent(el, 'mn-error');
    await waitUntil(() => answers.length === 1, 'no feed request');
    answers[0]?.resolve(new Response('', { status: 503 }));
    await failed;
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['h1 Offre indisponible']);

    await press(retry());
    await waitUntil(() => answers.length === 2, 'retry made no request');
    await el.updateComplete;
    expectFocusOn(el, root(el).querySelector('[part=base]'));

    const failedAgain = oneEvent(el, 'mn-error');
    answers[1]?.resolve(new Response('', { status: 503 }));
    await failedAgain;
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['h1 Offre indisponible']);
    expectFocusOn(el, retry());

    const loaded = oneEvent(el, 'mn-load');
    await press(retry());
    await waitUntil(() => answers.length === 3, 'retry made no request');
    answers[2]?.resolve(jsonResponse(wireFeed()));
    await loaded;
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[part=title]')].map((h) => `${h.localName} ${clean(h.textContent)}`)).to.deep.equal([
      'h1 Développeuse ou développeur full-stack',
    ]);
    // The whole offer shows: the focus at its start, above its facts and the way to apply.
    expectFocusOn(el, root(el).querySelector('[part=title]'));
  });

  it('the feed comes back but not the offer’s texts: the offer’s title replaces "Offre indisponible"', async () => {
    const routes: Record<string, unknown> = { 'offers.json': 503, 'offers/offer-1.json': 404 };
    const server = stubClient(routes);
    const { el } = await failing(
      html`<mn-offer-detail .now=${NOW} heading-level="1" offer-id="offer-1" feed=${FEED_URL} .client=${server.client}></mn-offer-detail>`,
    );
    expect(headings(el)).to.deep.equal(['h1 Offre indisponible']);
    routes['offers.json'] = wireFeed();
    const failed = oneEvent(el, 'mn-error');
    root(el).querySelector<HTMLButtonElement>('[part=message] button')?.click();
    await failed;
    await el.updateComplete;
    expect([...root(el).querySelectorAll('h1')].map((h) => clean(h.textContent))).to.deep.equal(['Développeuse ou développeur full-stack']);
    expect(clean(root(el).querySelector('[part=sections] [role=alert] p')?.textContent)).to.equal(
      'Le descriptif complet de l’offre n’a pas pu être chargé.',
    );
  });
});
