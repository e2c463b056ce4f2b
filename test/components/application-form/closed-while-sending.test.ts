/**
 * An application keeps going when the visitor closes its form, or leaves its offer, while it is sent: the outcome
 * is not lost, its events reach the page, and the visitor is told what became of it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import '../../../src/components/offer-list/mn-offer-list.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { ApplicationClient } from '../../../src/data/application.js';
import type { MnApplicationErrorEvent } from '../../../src/events/mn-application-error.js';
import type { MnApplicationSuccessEvent } from '../../../src/events/mn-application-success.js';
import { FIXTURE_NOW, makeOffer } from '../../fixtures/make-feed.js';
import { makeTestDocument } from '../offer-card/fixtures.js';
import { cards, renderList } from '../offer-list/helpers.js';
import { ACTION, fillValid, MemoryStorage, submit, testFeed, text } from './helpers.js';
import { ProtocolDouble, type Behaviour } from './protocol-double.js';

const inRoot = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;

/** Opens the detail's form, fills it and sends it; the double holds the answer until `release()`. */
async function sendFrom(detail: MnOfferDetail, answer: Behaviour, hostSends = false) {
  await waitUntil(() => inRoot(detail, 'button[part="apply-button"]'), 'no "Postuler" button');
  const button = inRoot<HTMLButtonElement>(detail, 'button[part="apply-button"]') as HTMLButtonElement;
  button.click();
  await customElements.whenDefined('mn-application-form');
  await detail.updateComplete;
  const form = inRoot<MnApplicationForm>(detail, 'mn-application-form') as MnApplicationForm;
  const double = new ProtocolDouble().next(answer);
  const storage = new MemoryStorage();
  form.client = new ApplicationClient({ fetch: double.fetch, sleep: () => Promise.resolve() });
  form.draftStorage = storage;
  form.action = ACTION;
  await form.updateComplete;
  await fillValid(form);
  const outcome = new Promise<MnApplicationSuccessEvent | MnApplicationErrorEvent>((resolve) => {
    document.addEventListener('mn-application-success', resolve, { once: true });
    document.addEventListener('mn-application-error', resolve, { once: true });
  });
  const submitted = oneEvent(form, 'mn-application-submit');
  await submit(form);
  await submitted;
  if (!hostSends) await waitUntil(() => double.requests.length === 1, 'the application was not sent');
  return { button, form, double, storage, outcome };
}

describe('an application sent while its form is closed or its offer left', () => {
  it('goes on in <mn-offer-detail> when "Postuler" closes the form: its events reach the page, and the form opens again to show its outcome', async () => {
    const { feed, offer } = testFeed();
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .offer=${offer} .feedData=${feed} .now=${FIXTURE_NOW} .offerDocument=${makeTestDocument({ id: 'offer-open' })}></mn-offer-detail>`,
    );
    const { button, form, double, outcome } = await sendFrom(el, 'gate');
    button.click();
    await el.updateComplete;
    expect(inRoot(el, '#application')?.hidden, 'the form is closed').to.equal(true);
    double.release();
    const event = await outcome;
    expect([event.type, event.offerId]).to.deep.equal(['mn-application-success', 'offer-open']);
    await el.updateComplete;
    await form.updateComplete;
    // The same form, shown again with its confirmation (focused), not an empty form inviting a second sending.
    expect(inRoot(el, '#application')?.hidden, 'the outcome shows').to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(inRoot(el, 'mn-application-form')).to.equal(form);
    expect(text(inRoot(form, '[part="reference"]'))).to.equal('MN-TEST-0001');
    await waitUntil(() => form.shadowRoot?.activeElement?.matches('[part="success-title"], .success-title, [tabindex="-1"]'), 'the confirmation is not focused');
    await expect(el).to.be.accessible();
  });

  it('leaves to the host an application it sends itself from <mn-offer-detail>: its outcome does not open the closed form', async () => {
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('mn-application-submit', cancel); // above the detail: decided after its listener ran
    try {
      const { feed, offer } = testFeed();
      const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .offer=${offer} .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-detail>`);
      const { button, form, double, outcome } = await sendFrom(el, 'gate', true);
      expect(double.requests.length, 'the form sent it although the host took it over').to.equal(0);
      button.click();
      await el.updateComplete;
      expect(inRoot(el, '#application')?.hidden, 'the form is closed').to.equal(true);
      await form.showResult({ kind: 'created', reference: 'HOST-1' });
      expect((await outcome).type).to.equal('mn-application-success');
      await el.updateComplete;
      expect(inRoot(el, '#application')?.hidden, 'the host’s outcome opened the form').to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    } finally {
      document.removeEventListener('mn-application-submit', cancel);
    }
  });

  it('gives <mn-offer-detail> a new form for another offer, not the answers typed for the one before', async () => {
    const { feed, offer } = testFeed();
    const other = makeOffer({ id: 'offer-other', title: 'Data engineer' });
    feed.offers.push(other);
    const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .offer=${offer} .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-detail>`);
    await waitUntil(() => inRoot(el, 'button[part="apply-button"]'), 'no "Postuler" button');
    const button = () => inRoot<HTMLButtonElement>(el, 'button[part="apply-button"]') as HTMLButtonElement;
    button().click();
    await customElements.whenDefined('mn-application-form');
    await el.updateComplete;
    const form = inRoot<MnApplicationForm>(el, 'mn-application-form') as MnApplicationForm;
    form.draftStorage = new MemoryStorage();
    await form.updateComplete;
    await fillValid(form);
    el.offer = other;
    await el.updateComplete;
    button().click();
    await el.updateComplete;
    const next = inRoot<MnApplicationForm>(el, 'mn-application-form') as MnApplicationForm;
    await next.updateComplete;
    expect(next).to.not.equal(form);
    expect(next.getAttribute('offer-id')).to.equal('offer-other');
    expect(inRoot<HTMLTextAreaElement>(next, '[name="coverLetter"]')?.value, 'the cover letter written for the other offer').to.equal('');
  });

  it('keeps the form sending when <mn-offer-detail> goes to an offer applied to elsewhere: its events reach the page, and the detail shows its confirmation', async () => {
    const { feed, offer } = testFeed();
    const external = feed.offers.find((o) => o.id === 'offer-external');
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .offer=${offer} .feedData=${feed} .now=${FIXTURE_NOW} .offerDocument=${makeTestDocument({ id: 'offer-open' })}></mn-offer-detail>`,
    );
    const { form, double, outcome } = await sendFrom(el, 'gate');
    el.offer = external;
    await el.updateComplete;
    expect(inRoot(el, 'a[part="apply-button"]'), 'the new offer’s link').to.not.equal(null);
    expect(form.isConnected, 'the form sending left the page').to.equal(true);
    expect(form.closest<HTMLElement>('[part="application"]')?.hidden, 'the form is hidden while it sends').to.equal(true);
    double.release();
    const event = await outcome;
    expect([event.type, event.offerId]).to.deep.equal(['mn-application-success', 'offer-open']);
    await el.updateComplete;
    await form.updateComplete;
    // The same form, shown after the way to apply to the new offer, with the confirmation of the one sent.
    expect(inRoot(el, 'mn-application-form')).to.equal(form);
    expect(form.closest<HTMLElement>('[part="application"]')?.hidden, 'the outcome shows').to.equal(false);
    expect(text(inRoot(form, '[part="reference"]'))).to.equal('MN-TEST-0001');
    await waitUntil(() => form.shadowRoot?.activeElement?.matches('.success-title, [tabindex="-1"]'), 'the confirmation is not focused');
    await expect(el).to.be.accessible();
    // Another offer after the outcome: the form goes.
    el.offer = offer;
    await el.updateComplete;
    expect(inRoot(el, 'mn-application-form')).to.equal(null);
  });

  it('brings the form sending back to the apply block when <mn-offer-detail> comes back to its offer', async () => {
    const { feed, offer } = testFeed();
    const el = await fixture<MnOfferDetail>(html`<mn-offer-detail .offer=${offer} .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-detail>`);
    const { form, double, outcome } = await sendFrom(el, 'gate');
    el.offer = feed.offers.find((o) => o.id === 'offer-filled');
    await el.updateComplete;
    el.offer = offer;
    await el.updateComplete;
    expect(form.closest('[part="apply"]'), 'the form is back in the apply block').to.not.equal(null);
    expect(form.getAttribute('heading-level')).to.equal('4');
    double.release();
    expect((await outcome).type).to.equal('mn-application-success');
    await el.updateComplete;
    expect(inRoot(el, 'mn-application-form')).to.equal(form);
    expect(inRoot(el, '#application')?.hidden, 'the outcome shows').to.equal(false);
    expect(inRoot(el, 'button[part="apply-button"]')?.getAttribute('aria-expanded')).to.equal('true');
  });

  it('keeps the form sending when <mn-offer-detail> is given an offer-id not in the feed, and says the application was not sent', async () => {
    const { feed } = testFeed();
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail offer-id="offer-open" .feedData=${feed} .now=${FIXTURE_NOW} .offerDocument=${makeTestDocument({ id: 'offer-open' })}></mn-offer-detail>`,
    );
    const { form, double, storage, outcome } = await sendFrom(el, { status: 503, held: true });
    el.offerId = 'offer-gone';
    await el.updateComplete;
    expect(text(inRoot(el, '[part="title"]'))).to.equal('Offre introuvable');
    expect(form.isConnected, 'the form sending left the page').to.equal(true);
    double.release();
    const event = (await outcome) as MnApplicationErrorEvent;
    expect([event.type, event.offerId, event.retryable]).to.deep.equal(['mn-application-error', 'offer-open', true]);
    await el.updateComplete;
    await form.updateComplete;
    expect(inRoot(el, 'mn-application-form')).to.equal(form);
    expect(form.closest<HTMLElement>('[part="application"]')?.hidden, 'the outcome shows').to.equal(false);
    expect(inRoot(form, '[part="failure"]')?.getAttribute('role')).to.equal('alert');
    const draft = JSON.parse(storage.getItem('mn-widgets:draft:offer-open') ?? '{}');
    expect(draft.values?.lastName, 'the answers are kept').to.equal('Martin');
    await expect(el).to.be.accessible();
  });

  async function listSending(answer: Behaviour, hostSends = false) {
    const { feed } = testFeed();
    const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    const card = cards(el).find((c) => c.offer?.id === 'offer-open');
    (card?.shadowRoot?.querySelector('.link') as HTMLElement).click();
    await el.updateComplete;
    const detail = inRoot<MnOfferDetail>(el, 'mn-offer-detail') as MnOfferDetail;
    const sending = await sendFrom(detail, answer, hostSends);
    // Back to the list while the application is on its way.
    inRoot<HTMLButtonElement>(el, '[part="back"]')?.click();
    await el.updateComplete;
    return { el, detail, ...sending };
  }

  it('goes on in <mn-offer-list> when the visitor goes back to the list, then says it was received', async () => {
    const { el, detail, form, double, outcome } = await listSending('gate');
    expect(inRoot(el, '.list')?.hidden, 'the list shows').to.equal(false);
    expect(inRoot(el, '[part="detail"]')?.hidden, 'the offer left is hidden, not removed').to.equal(true);
    expect(form.isConnected && detail.isConnected).to.equal(true);
    double.release();
    const event = await outcome;
    expect([event.type, event.offerId]).to.deep.equal(['mn-application-success', 'offer-open']);
    await el.updateComplete;
    expect(inRoot(el, '[part="detail"]'), 'the offer goes once its application is done').to.equal(null);
    const notice = inRoot(el, '[part="sent"]');
    expect(text(notice)).to.equal('Votre candidature à « Développeur·se full stack » a bien été reçue.');
    expect(notice?.parentElement?.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    // Opening an offer puts the notice away.
    (cards(el)[1]?.shadowRoot?.querySelector('.link') as HTMLElement).click();
    await el.updateComplete;
    expect(inRoot(el, '[part="sent"]')).to.equal(null);
  });

  it('leaves to the host an application it sends itself from <mn-offer-list>: the offer left goes at once', async () => {
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('mn-application-submit', cancel);
    try {
      const { el, form } = await listSending('gate', true);
      await el.updateComplete;
      expect(inRoot(el, '[part="detail"]'), 'the offer left stays in the page').to.equal(null);
      expect(form.isConnected).to.equal(false);
      expect(inRoot(el, '[role="status"]:not(#count *)') === null, 'no live region but the count').to.equal(true);
    } finally {
      document.removeEventListener('mn-application-submit', cancel);
    }
  });

  it('says in <mn-offer-list> that an application sent from an offer left was not sent, and keeps its answers', async () => {
    const { el, double, storage, outcome } = await listSending({ status: 503, held: true });
    double.release();
    const event = (await outcome) as MnApplicationErrorEvent;
    expect([event.type, event.retryable]).to.deep.equal(['mn-application-error', true]);
    await el.updateComplete;
    expect(text(inRoot(el, '[part="sent"]'))).to.equal(
      'Votre candidature à « Développeur·se full stack » n’a pas été envoyée : vos réponses restent enregistrées pour cette offre, dans cet onglet.',
    );
    const draft = JSON.parse(storage.getItem('mn-widgets:draft:offer-open') ?? '{}');
    expect([draft.values?.lastName, draft.idempotencyKey]).to.deep.equal(['Martin', double.requests[0]?.key]);
    await expect(el).to.be.accessible();
  });
});
