/**
 * The application form opened under "Postuler" stays, with what was typed, through what may happen while it is filled:
 * a new copy of the same offer (a fresh feed after the saved one, a framework that gives a new object), the offer's
 * deadline passing. Another offer is another application: its form starts closed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import '../../../src/components/application-form/mn-application-form.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import type { Offer } from '../../../src/data/types.js';
import { clockForTests, DAY_MS } from '../../support/clock.js';
import { collapse as clean } from '../../support/text.js';
import { waitUntil } from '../../support/wait.js';
import { makeTestDocument, makeTestOffer, NOW } from '../offer-card/fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot?.querySelector<T>(selector) ?? null;

/** Opens the form with "Postuler" and types a first name in it. */
async function openAndType(el: MnOfferDetail): Promise<MnApplicationForm> {
  $<HTMLButtonElement>(el, 'button[part=apply-button]')?.click();
  await el.updateComplete;
  const form = $<MnApplicationForm>(el, '#application mn-application-form') as MnApplicationForm;
  await form.updateComplete;
  const input = $<HTMLInputElement>(form, '#f-firstName') as HTMLInputElement;
  input.value = 'Camille';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await form.updateComplete;
  return form;
}

const typed = (form: MnApplicationForm) => $<HTMLInputElement>(form, '#f-firstName')?.value;

describe('<mn-offer-detail> keeps its open application form', () => {
  const advanceClock = clockForTests();

  it('when it is given a new copy of the same offer, and closes it for another offer', async () => {
    const { feed, offer } = makeTestOffer();
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
    );
    await waitUntil(() => $(el, '.section'), 'the texts (sanitised by DOMPurify where there is no Sanitizer API)');
    const form = await openAndType(el);
    const texts = $(el, '.section-body')?.firstChild;
    let loads = 0;
    el.addEventListener('mn-load', () => loads++);

    el.offer = { ...offer, title: `${offer.title} (mise à jour)` } as Offer;
    await el.updateComplete;
    expect($(el, '#application')?.hidden, 'the form stays open').to.equal(false);
    expect($(el, '#application mn-application-form') === form, 'the same form').to.equal(true);
    expect(typed(form)).to.equal('Camille');
    expect(clean($(el, '[part=title]')?.textContent)).to.include('(mise à jour)');
    expect($(el, '.skeleton') === null, 'no skeleton').to.equal(true);
    expect(el.matches(':state(loading)'), 'nothing to load again').to.equal(false);
    await waitUntil(() => !el.matches(':state(loading)'), 'texts sanitised again');
    expect(texts !== null && $(el, '.section-body')?.firstChild === texts, 'the texts already sanitised, not sanitised again').to.equal(true);
    expect(loads, 'no second mn-load for the same offer').to.equal(0);
    await expect(el).to.be.accessible();

    el.offer = makeTestOffer({ id: 'offer-2', title: 'Architecte' }).offer;
    await el.updateComplete;
    expect($(el, 'button[part=apply-button]')?.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#application mn-application-form') === null, 'no form').to.equal(true);
  });

  it('when the offer’s deadline passes while the form is filled', async () => {
    const today = new Date().toLocaleDateString('sv', { timeZone: 'Europe/Paris' }); // YYYY-MM-DD
    const { feed, offer } = makeTestOffer({ validThrough: today });
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
    );
    const form = await openAndType(el);

    advanceClock(2 * DAY_MS);
    el.requestUpdate();
    await el.updateComplete;
    form.requestUpdate();
    await form.updateComplete;
    expect($(el, 'button[part=apply-button]')?.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#application mn-application-form') === form, 'the same form').to.equal(true);
    expect($(form, 'form') !== null, 'its fields').to.equal(true);
    expect(typed(form)).to.equal('Camille');
  });
});
