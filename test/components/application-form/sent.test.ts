/**
 * An application the platform holds is remembered in the draft storage (its date and reference, nothing personal):
 * a form shown again for the same offer in the tab says so, instead of inviting the candidate to type it all again.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { readSent, writeSent } from '../../../src/data/application.js';
import { formatDateTime, loadLang } from '../../../src/i18n/localize.js';
import { makeOffer } from '../../fixtures/make-feed.js';
import { $, click, fill, fillValid, MemoryStorage, mount, root, submit, submitButton, testFeed, text, type } from './helpers.js';
import { ProtocolDouble } from './protocol-double.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';

const SENT_KEY = 'mn-widgets:sent:offer-open';
const notice = (el: MnApplicationForm) => $(el, '[part="sent"]');
const revealButton = (el: MnApplicationForm) => $<HTMLButtonElement>(el, '[part="sent"] button');

/** A feed with a second open offer taking platform applications. */
function twoOffers() {
  const { feed } = testFeed();
  return { ...feed, offers: [...feed.offers, makeOffer({ id: 'offer-other', title: 'Product owner' })] };
}

/** Sends a valid application from a new form, then removes the form (as a list closing its detail does). */
async function sendOnce(options: { storage: MemoryStorage | null; double?: ProtocolDouble; spontaneous?: boolean }) {
  const double = options.double ?? new ProtocolDouble();
  const { el } = await mount({ storage: options.storage, double, spontaneous: options.spontaneous });
  await fillValid(el, { spontaneous: options.spontaneous });
  await submit(el);
  await waitUntil(() => $(el, '.success-title'), 'no confirmation');
  el.remove();
  return double;
}

describe('<mn-application-form> after an application was sent', () => {
  it('says, in a form shown again for the same offer, when it was sent and its reference; the form comes on request', async () => {
    const storage = new MemoryStorage();
    const double = await sendOnce({ storage });
    const record = readSent(storage, SENT_KEY);
    expect(record?.reference).to.equal('MN-TEST-0001');
    // Nothing personal is kept: the date and the reference only.
    expect(Object.keys(JSON.parse(storage.map.get(SENT_KEY) ?? '{}')).sort()).to.deep.equal(['reference', 'sentAt', 'v']);
    expect([...storage.map.keys()]).to.deep.equal([SENT_KEY]);

    const { el } = await mount({ storage, double });
    const date = formatDateTime('fr', record?.sentAt ?? 0);
    expect(text(notice(el))).to.equal(
      `Vous avez déjà envoyé une candidature pour cette offre le ${text({ textContent: date } as Node)} (référence MN-TEST-0001). Vous pouvez en envoyer une autre si besoin. Envoyer une autre candidature`,
    );
    expect(notice(el)?.classList.contains('alert')).to.equal(true);
    expect($(el, 'form'), 'the form waits behind the notice').to.equal(null);
    const button = revealButton(el) as HTMLButtonElement;
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-describedby')).to.equal('sent-text');
    expect($(el, '#sent-text')?.closest('[part="sent"]')).to.equal(notice(el));
    await expect(el).to.be.accessible();

    await click(el, '[part="sent"] button');
    await waitUntil(() => root(el).activeElement?.id === 'f-firstName', 'the focus is not in the first field');
    expect(text(notice(el)), 'the notice stays, without its button').to.include('(référence MN-TEST-0001)');
    expect(revealButton(el)).to.equal(null);
    await expect(el).to.be.accessible();

    // A second application can be sent: a new one, with a new key.
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(double.applications).to.have.length(2);
    expect(double.requests[1].key).to.not.equal(double.requests[0].key);
    expect(readSent(storage, SENT_KEY)?.reference).to.equal('MN-TEST-0002');
  });

  it('says nothing in the form of another offer, nor in a spontaneous one', async () => {
    const storage = new MemoryStorage();
    await sendOnce({ storage });
    const other = await mount({ storage, feed: twoOffers(), offerId: 'offer-other' });
    expect(notice(other.el)).to.equal(null);
    expect($(other.el, 'form')).to.not.equal(null);
    const spontaneous = await mount({ storage, spontaneous: true });
    expect(notice(spontaneous.el)).to.equal(null);
  });

  it('says so for a spontaneous application sent before', async () => {
    const storage = new MemoryStorage();
    await sendOnce({ storage, spontaneous: true });
    expect(readSent(storage, 'mn-widgets:sent:spontaneous')?.reference).to.equal('MN-TEST-0001');
    const { el } = await mount({ storage, spontaneous: true });
    expect(text(notice(el))).to.match(/^Vous avez déjà envoyé une candidature spontanée le .+ \(référence MN-TEST-0001\)\./);
    expect(notice(await mount({ storage }).then((m) => m.el))).to.equal(null);
  });

  it('follows `offer-id` when the same element serves another offer, then this one again', async () => {
    const storage = new MemoryStorage();
    await sendOnce({ storage });
    const { el } = await mount({ storage, feed: twoOffers(), offerId: 'offer-other' });
    expect(notice(el)).to.equal(null);
    el.offerId = 'offer-open';
    await el.updateComplete;
    expect(text(notice(el))).to.include('MN-TEST-0001');
    expect(revealButton(el)).to.not.equal(null);
  });

  it('shows the form at once, with the notice, when the candidate has answers in it (typed for another offer)', async () => {
    const storage = new MemoryStorage();
    await sendOnce({ storage });
    const { el } = await mount({ storage, feed: twoOffers(), offerId: 'offer-other' });
    await fill(el, 'firstName', 'Camille');
    el.offerId = 'offer-open';
    await el.updateComplete;
    expect(text(notice(el))).to.include('MN-TEST-0001');
    expect(revealButton(el)).to.equal(null);
    expect(($(el, '#f-firstName') as HTMLInputElement).value).to.equal('Camille');
    // Erasing that answer leaves the form where it is, with the focus in it.
    ($(el, '#f-firstName') as HTMLInputElement).focus();
    await type(el, 'firstName', '');
    expect($(el, '#f-firstName'), 'the form went back behind the notice').to.not.equal(null);
    expect(root(el).activeElement?.id).to.equal('f-firstName');
  });

  it('leaves a draft in progress to its own notice; once it is cleared, the notice of the application sent shows above the form', async () => {
    const storage = new MemoryStorage();
    await sendOnce({ storage });
    const second = await mount({ storage });
    await click(second.el, '[part="sent"] button');
    await fill(second.el, 'firstName', 'Camille');
    second.el.remove();

    const { el } = await mount({ storage });
    expect($(el, '[part="draft"]')).to.not.equal(null);
    expect(notice(el)).to.equal(null);
    await click(el, '[part="draft"] button');
    await waitUntil(() => root(el).activeElement?.id === 'f-firstName');
    expect(text(notice(el))).to.include('MN-TEST-0001');
    expect(revealButton(el), 'the form stays').to.equal(null);
  });

  it('is recorded when the platform already held the application (409), without a date it cannot know, keeping an earlier record', async () => {
    const storage = new MemoryStorage();
    const double = new ProtocolDouble().next({ status: 409, body: { code: 'duplicate' } });
    await sendOnce({ storage, double });
    // Sent earlier, maybe from elsewhere: not "today".
    expect(readSent(storage, SENT_KEY)).to.deep.equal({});
    const { el } = await mount({ storage, double });
    expect(text(notice(el))).to.match(
      /^Une candidature de votre part pour cette offre est déjà enregistrée\. Vous pouvez en envoyer une autre si besoin\./,
    );
    expect(text(notice(el))).to.not.include('référence');

    writeSent(storage, SENT_KEY, { sentAt: 1_700_000_000_000, reference: 'MN-FIRST' });
    await click(el, '[part="sent"] button');
    await fillValid(el);
    double.next({ status: 422, body: { code: 'idempotency-key-reused' } });
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(readSent(storage, SENT_KEY)).to.deep.equal({ sentAt: 1_700_000_000_000, reference: 'MN-FIRST' });
  });

  it('is not recorded when the application was not received', async () => {
    const storage = new MemoryStorage();
    const double = new ProtocolDouble().next({ status: 503 });
    const { el } = await mount({ storage, double });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '[part="failure"]'));
    expect(readSent(storage, SENT_KEY)).to.equal(undefined);
  });

  it('stores nothing with `draftStorage = null`', async () => {
    const before = Object.keys(sessionStorage).filter((k) => k.startsWith('mn-widgets:'));
    await sendOnce({ storage: null });
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('mn-widgets:'))).to.deep.equal(before);
    const { el } = await mount({ storage: null });
    expect(notice(el)).to.equal(null);
    expect($(el, 'form')).to.not.equal(null);
  });

  it('still shows the confirmation when the storage refuses to write, and the next form is as new', async () => {
    class Refusing extends MemoryStorage {
      override setItem(): void {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    }
    const storage = new Refusing();
    const { el } = await mount({ storage });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.success-title'), 'no confirmation');
    expect(text($(el, '[part="reference"]'))).to.equal('MN-TEST-0001');
    el.remove();
    const again = await mount({ storage });
    expect(notice(again.el)).to.equal(null);
    expect(submitButton(again.el)).to.not.equal(null);
  });

  it('still shows the form when the storage cannot be read', async () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('Refused', 'SecurityError');
    };
    const { el } = await mount({ storage });
    expect(notice(el)).to.equal(null);
    expect($(el, 'form')).to.not.equal(null);
  });

  it('speaks English', async () => {
    await loadLang('en');
    const storage = new MemoryStorage();
    await sendOnce({ storage });
    const { el } = await mount({ storage, lang: 'en' });
    await waitUntil(() => text(revealButton(el)) === 'Send another application');
    expect(text($(el, '#sent-text'))).to.match(
      /^You already sent an application for this job on .+ \(reference MN-TEST-0001\)\. You can send another one if needed\.$/,
    );
  });
});
