import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { readDraft } from '../../../src/data/application.js';
import { $, attach, click, errorOf, fill, fillValid, MemoryStorage, mount, pdf, root, submit, testFeed, text, type } from './helpers.js';
import { ProtocolDouble } from './protocol-double.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { ApplicationClient } from '../../../src/data/application.js';

const value = (el: MnApplicationForm, id: string) => ($(el, `#${id}`) as HTMLInputElement).value;
const checked = (el: MnApplicationForm, selector: string) => ($(el, selector) as HTMLInputElement).checked;

describe('<mn-application-form> drafts', () => {
  it('restores the answers after the element is created again, with a notice, but not the CV', async () => {
    const storage = new MemoryStorage();
    const first = await mount({ storage });
    await fill(first.el, 'firstName', 'Camille');
    await fill(first.el, 'email', 'camille@example.fr');
    await click(first.el, '#f-status-student');
    await fill(first.el, 'coverLetter', 'Ma lettre');
    await attach(first.el, pdf());
    first.el.remove(); // a reload, or a single-page app leaving and coming back

    expect([...storage.map.keys()]).to.deep.equal(['mn-widgets:draft:offer-open']);
    expect(storage.map.get('mn-widgets:draft:offer-open')).to.not.include('PDF');

    const second = await mount({ storage });
    const el = second.el;
    expect(value(el, 'f-firstName')).to.equal('Camille');
    expect(value(el, 'f-email')).to.equal('camille@example.fr');
    expect(value(el, 'f-coverLetter')).to.equal('Ma lettre');
    expect(checked(el, '#f-status-student')).to.equal(true);
    expect(($(el, '#f-cv') as HTMLInputElement).files?.length ?? 0).to.equal(0);
    const notice = text($(el, '[part="draft"]'));
    expect(notice).to.include('Nous avons retrouvé le brouillon de votre candidature, enregistré le');
    expect(notice).to.include('joignez-le à nouveau');
    await expect(el).to.be.accessible();
  });

  it('saves while typing, without waiting for the field to be left', async () => {
    const storage = new MemoryStorage();
    const { el } = await mount({ storage });
    const input = $(el, '#f-lastName') as HTMLInputElement;
    input.value = 'Martin';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => readDraft(storage, 'mn-widgets:draft:offer-open')?.values.lastName === 'Martin', 'draft saved', {
      timeout: 3000,
    });
  });

  it('saves what was just typed when the page goes away (pagehide), without waiting', async () => {
    const storage = new MemoryStorage();
    const { el } = await mount({ storage });
    await type(el, 'coverLetter', 'Bonjour, je');
    // A page that unloads does not disconnect its elements: only `pagehide` tells.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(readDraft(storage, 'mn-widgets:draft:offer-open')?.values.coverLetter).to.equal('Bonjour, je');
  });

  it('saves what was just typed when the tab is hidden (visibilitychange), not when it is shown', async () => {
    const storage = new MemoryStorage();
    const { el } = await mount({ storage });
    await type(el, 'coverLetter', 'Bonjour');
    document.dispatchEvent(new Event('visibilitychange')); // still visible
    expect(readDraft(storage, 'mn-widgets:draft:offer-open'), 'nothing written while visible').to.equal(undefined);
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
    }
    expect(document.visibilityState).to.equal('visible');
    expect(readDraft(storage, 'mn-widgets:draft:offer-open')?.values.coverLetter).to.equal('Bonjour');
  });

  it('keeps one draft per offer, and one for spontaneous applications', async () => {
    const storage = new MemoryStorage();
    const a = await mount({ storage });
    await fill(a.el, 'firstName', 'Offre');
    const b = await mount({ storage, spontaneous: true });
    await fill(b.el, 'firstName', 'Spontanée');
    await click(b.el, 'details.family > summary');
    await waitUntil(() => $(b.el, 'details.family[open]'));
    await click(b.el, 'input[name="trades"][value="developpeur"]');
    a.el.remove();
    b.el.remove();
    expect([...storage.map.keys()].sort()).to.deep.equal(['mn-widgets:draft:offer-open', 'mn-widgets:draft:spontaneous']);
    const again = await mount({ storage, spontaneous: true });
    expect(value(again.el, 'f-firstName')).to.equal('Spontanée');
    const chosen = $(again.el, 'input[name="trades"][value="developpeur"]') as HTMLInputElement;
    expect(chosen.checked).to.equal(true);
    expect(chosen.closest('details')?.open).to.equal(true, 'the family of a restored choice is open');
  });

  it('clears the draft on request, and focuses the first field', async () => {
    const storage = new MemoryStorage();
    const first = await mount({ storage });
    await fill(first.el, 'firstName', 'Camille');
    first.el.remove();
    const { el } = await mount({ storage });
    const button = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Effacer le brouillon') as HTMLButtonElement;
    expect(button.type).to.equal('button');
    button.click();
    await waitUntil(() => !$(el, '[part="draft"]'));
    expect(value(el, 'f-firstName')).to.equal('');
    expect(storage.map.size).to.equal(0);
    await waitUntil(() => root(el).activeElement?.id === 'f-firstName');
    await waitUntil(() => text($(el, '[role="status"]')).includes('Brouillon effacé'));
  });

  it('is removed once the application is accepted', async () => {
    const storage = new MemoryStorage();
    const { el } = await mount({ storage });
    await fillValid(el);
    expect(storage.map.size).to.equal(1);
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    el.remove();
    expect([...storage.map.keys()], 'no draft left').to.deep.equal(['mn-widgets:sent:offer-open']);
  });

  it('keeps the idempotency key of an attempt whose outcome is unknown, across a reload', async () => {
    const storage = new MemoryStorage();
    const double = new ProtocolDouble().next('lost');
    const first = await mount({ storage, double });
    await fillValid(first.el);
    await submit(first.el);
    await waitUntil(() => $(first.el, '[part="failure"]'));
    const key = double.requests[0].key;
    expect(readDraft(storage, 'mn-widgets:draft:offer-open')?.idempotencyKey).to.equal(key);
    first.el.remove();

    const { el } = await mount({ storage, double });
    await attach(el, pdf()); // the CV is attached again
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(double.requests[1].key).to.equal(key);
    expect(double.applications).to.have.length(1);
    expect(text($(el, '[part="reference"]'))).to.equal('MN-TEST-0001');
  });

  it('uses sessionStorage by default, under mn-widgets:draft:<offer-id>', async () => {
    sessionStorage.removeItem('mn-widgets:draft:offer-open');
    const { el } = await mount({ storage: sessionStorage });
    await fill(el, 'firstName', 'Camille');
    el.remove();
    try {
      expect(JSON.parse(sessionStorage.getItem('mn-widgets:draft:offer-open') ?? '{}').values.firstName).to.equal('Camille');
    } finally {
      sessionStorage.removeItem('mn-widgets:draft:offer-open');
    }
  });
});

describe('<mn-application-form> inside a host page form', () => {
  it('never submits the host’s form, by Enter or by its button', async () => {
    let hostSubmits = 0;
    const double = new ProtocolDouble();
    const client = new ApplicationClient({ fetch: double.fetch });
    const { feed } = testFeed();
    const host = await fixture<HTMLFormElement>(html`
      <form
        action="/should-not-go"
        @submit=${(e: Event) => {
          hostSubmits += 1;
          e.preventDefault();
        }}
      >
        <input name="q" />
        <mn-application-form
          offer-id="offer-open"
          action="https://platform.example/api/applications"
          .feedData=${feed}
          .client=${client}
          .draftStorage=${null}
        ></mn-application-form>
      </form>
    `);
    const el = host.querySelector('mn-application-form') as MnApplicationForm;
    await el.updateComplete;
    ($(el, '#f-firstName') as HTMLInputElement).focus();
    await sendKeys({ type: 'Camille' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="summary"]'), 'our own form was submitted (and found errors)');
    expect(errorOf(el, 'lastName')).to.equal('Saisissez votre nom.');
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(hostSubmits).to.equal(0);
    expect(double.applications).to.have.length(1);
  });
});
