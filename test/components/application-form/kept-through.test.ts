/**
 * What the candidate typed, and the application being sent, outlive what happens around them: the offer's deadline
 * passing, a client given by the page that throws, the element moved to another offer a moment after a keystroke.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { ApplicationClient, readDraft, type ApplicationData, type ApplicationResult, type SubmitOptions } from '../../../src/data/application.js';
import type { MnApplicationErrorEvent } from '../../../src/events/mn-application-error.js';
import { makeFeed, makeOffer } from '../../fixtures/make-feed.js';
import { clockForTests, DAY_MS } from '../../support/clock.js';
import { waitUntil } from '../../support/wait.js';
import { $, fillValid, MemoryStorage, mount, submit, submitButton, testFeed, text, type } from './helpers.js';
import { ProtocolDouble } from './protocol-double.js';

/** A feed whose two platform offers close at the end of today (Paris time). */
function closingToday() {
  const today = Date.now();
  const offers = ['closing-a', 'closing-b'].map((id) => makeOffer({ id, title: `Offre ${id}`, validThrough: today }));
  return makeFeed(0, { offers });
}

describe('<mn-application-form> keeps the candidate’s work', () => {
  const advanceClock = clockForTests();

  it('when the offer’s deadline passes while the form is filled, then sent: the platform decides', async () => {
    const double = new ProtocolDouble().next('gate');
    const { el } = await mount({ feed: closingToday(), offerId: 'closing-a', double });
    expect($(el, 'form') !== null, 'open today').to.equal(true);
    await type(el, 'firstName', 'Cam');

    advanceClock(2 * DAY_MS); // the deadline passes
    await type(el, 'firstName', 'Camille');
    expect($(el, 'form') !== null, 'the form stays').to.equal(true);
    expect(text($(el, '[part="base"]'))).to.not.include('n’accepte plus de candidatures');
    expect(($(el, '#f-firstName') as HTMLInputElement).value).to.equal('Camille');

    await fillValid(el);
    await submit(el);
    await waitUntil(() => double.requests.length === 1, 'sent');
    expect(text(submitButton(el))).to.equal('Envoi en cours…');
    double.release();
    await waitUntil(() => $(el, '.success-title'), 'the platform’s answer shows');
  });

  it('says the offer no longer takes applications when the platform refuses it for that, every field kept', async () => {
    const double = new ProtocolDouble().next({ status: 422, body: { code: 'invalid', errors: [{ field: 'offerId', code: 'invalid' }] } });
    const { el } = await mount({ feed: closingToday(), offerId: 'closing-a', double });
    await fillValid(el);
    advanceClock(2 * DAY_MS);
    await submit(el);
    await waitUntil(() => $(el, '[part="summary"]'), 'the refusal');
    expect(text($(el, '[part="summary"]'))).to.include('Cette offre n’accepte plus de candidatures.');
    expect(($(el, '#f-firstName') as HTMLInputElement).value).to.equal('Camille');
    await expect(el).to.be.accessible();
  });

  it('judges another offer at the time it comes', async () => {
    const { el } = await mount({ feed: closingToday(), offerId: 'closing-a' });
    advanceClock(2 * DAY_MS);
    el.setAttribute('offer-id', 'closing-b');
    await el.updateComplete;
    expect(text($(el, '.alert'))).to.include('n’accepte plus de candidatures');
    expect($(el, 'form') === null, 'no form').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('when a client given by the page throws: the failure and "Réessayer l’envoi", every field kept', async () => {
    class Throwing extends ApplicationClient {
      calls = 0;
      override async submit(action: string, data: ApplicationData, options: SubmitOptions): Promise<ApplicationResult> {
        if (++this.calls === 1) throw new TypeError('the page’s client broke');
        return super.submit(action, data, options);
      }
    }
    const double = new ProtocolDouble();
    const client = new Throwing({ fetch: double.fetch, sleep: () => Promise.resolve() });
    const { el } = await mount({ client, double });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    const event = await failed;
    expect([event.code, event.retryable]).to.deep.equal(['network', true]);
    await el.updateComplete;
    expect(el.matches(':state(sending)')).to.equal(false);
    expect($(el, '[part="failure"]')?.getAttribute('role')).to.equal('alert');
    expect(text(submitButton(el))).to.equal('Réessayer l’envoi');
    expect(($(el, '#f-firstName') as HTMLInputElement).value).to.equal('Camille');
    await expect(el).to.be.accessible();

    await submit(el);
    await waitUntil(() => $(el, '.success-title'), 'sent on the second try');
    expect(double.applications).to.have.length(1);
  });

  it('saves the last keystrokes in the draft of the offer they were typed for, when offer-id changes at once', async () => {
    const storage = new MemoryStorage();
    const { feed } = testFeed();
    feed.offers.push(makeOffer({ id: 'offer-next', title: 'Architecte cloud' }));
    const { el } = await mount({ storage, feed });
    await type(el, 'coverLetter', 'Bonjour, je candidate');
    el.setAttribute('offer-id', 'offer-next'); // before the draft's timer
    await el.updateComplete;
    expect(readDraft(storage, 'mn-widgets:draft:offer-open')?.values.coverLetter).to.equal('Bonjour, je candidate');
  });
});
