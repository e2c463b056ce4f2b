import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { ApplicationClient, emptyValues } from '../../../src/data/application.js';
import type { MnApplicationErrorEvent } from '../../../src/events/mn-application-error.js';
import type { MnApplicationSubmitEvent } from '../../../src/events/mn-application-submit.js';
import type { MnApplicationSuccessEvent } from '../../../src/events/mn-application-success.js';
import { makeOffer } from '../../fixtures/make-feed.js';
import { $, ACTION, errorOf, fillValid, MemoryStorage, mount, root, submit, submitButton, testFeed, text } from './helpers.js';
import { ProtocolDouble, type Behaviour } from './protocol-double.js';

const failureText = (el: MnApplicationForm) => text($(el, '[part="failure"]'));

/** Everything an analytics script could read from an event: its own fields, as JSON. */
const publicFields = (event: Event) => JSON.stringify(Object.fromEntries(Object.entries(event)));

describe('<mn-application-form> submission', () => {
  it('sends once, shows the reference, and moves the focus to the confirmation (201)', async () => {
    const { el, double, storage } = await mount();
    await fillValid(el);
    const submitted = oneEvent(el, 'mn-application-submit') as Promise<MnApplicationSubmitEvent>;
    const succeeded = oneEvent(el, 'mn-application-success') as Promise<MnApplicationSuccessEvent>;
    await submit(el);
    const submitEvent = await submitted;
    expect(submitEvent.offerId).to.equal('offer-open');
    expect(submitEvent.action).to.equal(ACTION);
    expect(submitEvent.cancelable).to.equal(true);
    expect(submitEvent.composed).to.equal(true);
    const success = await succeeded;
    expect(success.offerId).to.equal('offer-open');

    expect(double.applications).to.have.length(1);
    const [app] = double.applications;
    expect(app.fields).to.deep.include({
      offerId: 'offer-open',
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@example.fr',
      status: 'contract-worker',
      consent: 'true',
      lang: 'fr',
      website: '',
    });
    expect(app.fields.coverLetter).to.equal('Bonjour,\nJe souhaite rejoindre votre équipe.');
    expect(app.cv).to.deep.equal({ name: 'cv.pdf', type: 'application/pdf', size: 15 });
    expect(app.fields).to.not.have.property('phone');
    expect(app.fields).to.not.have.property('trades');
    const [request] = double.requests;
    expect(request.key).to.match(/^[0-9a-f-]{36}$/);
    expect(request.url).to.equal(ACTION);

    const title = $(el, '.success-title') as HTMLElement;
    expect(text(title)).to.equal('Votre candidature a bien été envoyée');
    expect(text($(el, '[part="reference"]'))).to.equal('MN-TEST-0001');
    await waitUntil(() => root(el).activeElement === title, 'focus on the confirmation');
    expect($(el, 'form')).to.equal(null);
    expect(el.matches(':state(success)')).to.equal(true);
    // The draft is gone; only the record of the application sent (date and reference) is kept.
    expect(storage && [...(storage as unknown as { map: Map<string, string> }).map.keys()]).to.deep.equal(['mn-widgets:sent:offer-open']);
    await expect(el).to.be.accessible();
  });

  it('puts nothing personal in the public fields of its events', async () => {
    const { el } = await mount();
    await fillValid(el);
    const events: Event[] = [];
    for (const name of ['mn-application-submit', 'mn-application-success'] as const) el.addEventListener(name, (e) => events.push(e));
    await submit(el);
    await waitUntil(() => events.length === 2);
    for (const event of events) {
      const fields = publicFields(event);
      expect(fields).to.not.match(/Camille|Martin|example\.fr|Bonjour|MN-TEST/);
    }
    // the answers are there for a host that asks for them
    expect((events[0] as MnApplicationSubmitEvent).formData().get('email')).to.equal('camille.martin@example.fr');
  });

  it('shows the progress and cannot send twice (double click, Enter)', async () => {
    const double = new ProtocolDouble().next('gate');
    const { el } = await mount({ double });
    await fillValid(el);
    const button = submitButton(el);
    button.click();
    button.click();
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'the button shows it is busy');
    expect(text(button)).to.equal('Envoi en cours…');
    expect(el.matches(':state(sending)')).to.equal(true);
    ($(el, 'form') as HTMLFormElement).requestSubmit();
    button.click();
    await el.updateComplete;
    expect(double.requests).to.have.length(1);
    await expect(el).to.be.accessible();
    double.release();
    await waitUntil(() => $(el, '.success-title'));
    expect(double.requests).to.have.length(1);
    expect(double.applications).to.have.length(1);
  });

  it('puts the server’s field errors on their fields (422), then sends under a new key', async () => {
    const double = new ProtocolDouble().next({
      status: 422,
      body: { code: 'invalid', errors: [{ field: 'email', code: 'invalid' }, { field: 'nickname', code: 'weird', message: 'Pseudonyme refusé.' }] },
    });
    const { el } = await mount({ double });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    const event = await failed;
    expect(event.code).to.equal('invalid');
    expect(event.retryable).to.equal(false);
    await waitUntil(() => errorOf(el, 'email'));
    expect(errorOf(el, 'email')).to.equal('Saisissez une adresse électronique valide, par exemple : nom@exemple.fr');
    const summary = $(el, '[part="summary"]') as HTMLElement;
    await waitUntil(() => root(el).activeElement === summary);
    expect(text(summary)).to.include('Pseudonyme refusé.');
    expect(text($(el, '.summary-title'))).to.equal('Le formulaire contient 2 erreurs');
    await expect(el).to.be.accessible();

    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(double.requests[1].key).to.not.equal(double.requests[0].key);
  });

  it('keeps everything after a 500 and retries with the same key, storing exactly one application', async () => {
    const double = new ProtocolDouble().next({ status: 500 });
    const { el } = await mount({ double });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    const event = await failed;
    expect(event.code).to.equal('server');
    expect(event.status).to.equal(500);
    expect(event.retryable).to.equal(true);
    await el.updateComplete;
    expect(failureText(el)).to.include('(erreur 500)');
    expect($(el, '[part="failure"]')?.getAttribute('role')).to.equal('alert');
    expect(text(submitButton(el))).to.equal('Réessayer l’envoi');
    expect(($(el, '#f-firstName') as HTMLInputElement).value).to.equal('Camille');
    expect(el.matches(':state(failed)')).to.equal(true);
    await expect(el).to.be.accessible();

    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(double.requests).to.have.length(2);
    expect(double.requests[1].key).to.equal(double.requests[0].key);
    expect(double.applications).to.have.length(1);
  });

  it('keeps everything when a login page answers instead of the endpoint (redirect), and retries with the same key', async () => {
    const double = new ProtocolDouble().next({
      status: 200,
      raw: '<!doctype html><title>Connexion</title>',
      headers: { 'Content-Type': 'text/html' },
      redirected: true,
    });
    const { el } = await mount({ double });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    const event = await failed;
    expect([event.code, event.status, event.retryable]).to.deep.equal(['unexpected', 200, true]);
    await el.updateComplete;
    expect(failureText(el)).to.include('n’a peut-être pas été reçue');
    expect($(el, '.success-title')).to.equal(null);
    expect(($(el, '#f-firstName') as HTMLInputElement).value).to.equal('Camille');
    await expect(el).to.be.accessible();

    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(double.requests.map((r) => r.key)).to.deep.equal([double.requests[0].key, double.requests[0].key]);
    expect(double.applications).to.have.length(1);
  });

  it('gets the same reference when the first answer was lost on the way', async () => {
    const double = new ProtocolDouble().next('lost');
    const { el } = await mount({ double });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => failureText(el));
    expect(failureText(el)).to.include('vérifiez votre connexion');
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(text($(el, '[part="reference"]'))).to.equal('MN-TEST-0001');
    expect(double.applications).to.have.length(1);
  });

  it('gives up after its timeout, keeping the answers, and the retry is safe', async () => {
    const double = new ProtocolDouble().next('hang');
    const { el } = await mount({ double, timeout: 50 });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    expect((await failed).code).to.equal('timeout');
    await el.updateComplete;
    expect(failureText(el)).to.include('n’a pas répondu à temps');
    el.timeout = 10_000;
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    expect(double.requests[1].key).to.equal(double.requests[0].key);
    expect(double.applications).to.have.length(1);
  });

  for (const timeout of ['60s', '9999999999']) it(`reads timeout="${timeout}" as a usable time limit: the sending does not time out at once`, async () => {
    const double = new ProtocolDouble().next('gate');
    const { el } = await mount({ double });
    el.setAttribute('timeout', timeout);
    await fillValid(el);
    const outcome = Promise.race([oneEvent(el, 'mn-application-success'), oneEvent(el, 'mn-application-error')]);
    await submit(el);
    await waitUntil(() => double.requests.length === 1, 'the application was not sent');
    double.release();
    expect((await outcome).type).to.equal('mn-application-success');
  });

  it('falls back to its defaults when offer-id, action or consent-text are removed', async () => {
    const { el } = await mount();
    el.setAttribute('consent-text', 'J’accepte, pour ce ministère.');
    await el.updateComplete;
    expect(text($(el, 'slot[name="consent"]'))).to.equal('J’accepte, pour ce ministère.');
    for (const name of ['offer-id', 'action', 'consent-text']) el.removeAttribute(name);
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Candidature spontanée');
    expect(text($(el, 'slot[name="consent"]'))).to.match(/^Les informations de ce formulaire sont transmises/);
  });

  it('waits as told by a 429, saying so, then sends', async () => {
    const double = new ProtocolDouble().next({ status: 429, headers: { 'Retry-After': '3' } });
    let wake: () => void = () => {};
    const client = new ApplicationClient({ fetch: double.fetch, sleep: () => new Promise<void>((r) => (wake = r)) });
    const { el } = await mount({ double, client });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.waiting'));
    expect(text($(el, '.waiting'))).to.equal('Le service est très sollicité : nouvel essai dans 3 secondes.');
    wake();
    await waitUntil(() => $(el, '.success-title'));
    expect(double.applications).to.have.length(1);
  });

  it('asks to come back later when the wait is too long (429)', async () => {
    const double = new ProtocolDouble().next({ status: 429, headers: { 'Retry-After': '120' } });
    const { el } = await mount({ double });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    expect((await failed).code).to.equal('rate-limited');
    await el.updateComplete;
    expect(failureText(el)).to.include('Réessayez dans 120 secondes');
  });

  for (const { code, answer, says } of [
    { code: 'duplicate', answer: { status: 409, body: { code: 'duplicate' } }, says: 'Vous avez déjà envoyé cette candidature : elle a bien été reçue.' },
    {
      code: 'key-reused',
      answer: { status: 422, body: { code: 'idempotency-key-reused' } },
      says: 'Une version précédente de cette candidature a déjà été reçue ; vos dernières modifications n’ont pas été transmises.',
    },
  ]) {
    it(`says an application the platform already holds was received, and deletes its draft (${code})`, async () => {
      const double = new ProtocolDouble().next(answer);
      const { el, storage } = await mount({ double });
      await fillValid(el);
      const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
      await submit(el);
      const error = await failed;
      expect([error.code, error.retryable, error.offerId]).to.deep.equal([code, false, 'offer-open']);
      await el.updateComplete;
      const title = $(el, '.success-title') as HTMLElement;
      expect(text(title)).to.equal('Votre candidature a déjà été reçue');
      expect(text($(el, '[part="success"]'))).to.include(says);
      await waitUntil(() => root(el).activeElement === title, 'focus on the message');
      // Nothing to send again: no form, no draft to restore after a reload.
      expect($(el, 'form')).to.equal(null);
      expect(el.matches(':state(success)')).to.equal(true);
      expect([...(storage as MemoryStorage).map.keys()]).to.deep.equal(['mn-widgets:sent:offer-open']);
      await expect(el).to.be.accessible();
    });
  }

  it('puts a CV too large for the server (413) on the CV field', async () => {
    const double = new ProtocolDouble().next({ status: 413 });
    const { el } = await mount({ double });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => errorOf(el, 'cv'));
    expect(errorOf(el, 'cv')).to.equal('Le CV doit peser 5 Mo au plus.');
    await waitUntil(() => root(el).activeElement === $(el, '[part="summary"]'));
  });

  /**
   * Sends an application for `offer-open`, whose answer the double holds until `release()`, and turns the form to
   * `offer-other` meanwhile, as a single-page app moving to another offer does.
   */
  async function switchWhileSending(answer: Behaviour, storage = new MemoryStorage()) {
    const { feed } = testFeed();
    feed.offers.push(makeOffer({ id: 'offer-other', title: 'Data engineer' }));
    const double = new ProtocolDouble().next(answer);
    const { el } = await mount({ double, feed, storage });
    await fillValid(el);
    const outcome = new Promise<MnApplicationSuccessEvent | MnApplicationErrorEvent>((resolve) => {
      el.addEventListener('mn-application-success', resolve, { once: true });
      el.addEventListener('mn-application-error', resolve, { once: true });
    });
    await submit(el);
    await waitUntil(() => double.requests.length === 1, 'the application was not sent');
    el.offerId = 'offer-other';
    await el.updateComplete;
    return { el, double, outcome };
  }

  it('gives the outcome to the offer sent, when offer-id changes while sending, then shows the new offer', async () => {
    const storage = new MemoryStorage();
    storage.setItem('mn-widgets:draft:offer-other', JSON.stringify({ v: 1, savedAt: Date.now(), values: { ...emptyValues(), firstName: 'Dominique' } }));
    const { el, double, outcome } = await switchWhileSending('gate', storage);
    // While it is sent, the form still says which offer it is for.
    expect(text($(el, '[part="offer"]'))).to.include('Développeur·se full stack');
    double.release();
    const succeeded = await outcome;
    expect([succeeded.type, succeeded.offerId]).to.deep.equal(['mn-application-success', 'offer-open']);
    await el.updateComplete;
    expect(double.applications[0]?.fields.offerId).to.equal('offer-open');
    // The draft of the offer sent is gone; the other offer's is kept, and shown.
    expect([...storage.map.keys()].sort()).to.deep.equal(['mn-widgets:draft:offer-other', 'mn-widgets:sent:offer-open']);
    expect(text($(el, '[part="offer"]'))).to.include('Data engineer');
    expect($<HTMLInputElement>(el, '#f-firstName')?.value).to.equal('Dominique');
    expect($<HTMLInputElement>(el, '#f-cv')?.files?.length ?? 0, 'the CV sent is not shown as attached to the next one').to.equal(0);
    // What became of the application sent is said above the new offer's form, and in the live region.
    expect(text($(el, '[part="previous"]'))).to.equal('Votre candidature à « Développeur·se full stack » a bien été reçue. Sa référence : MN-TEST-0001.');
    // A notice as tall as its two lines, not the confirmation panel's layout.
    expect(($(el, '[part="previous"]') as HTMLElement).getBoundingClientRect().height).to.be.below(120);
    await waitUntil(() => text($(el, '[role="status"][aria-live="polite"]')).startsWith('Votre candidature à « Développeur·se full stack »'));
    await expect(el).to.be.accessible();
  });

  it('says an application sent for another offer was not sent, when offer-id changed meanwhile', async () => {
    const storage = new MemoryStorage();
    const { el, double, outcome } = await switchWhileSending({ status: 503, held: true }, storage);
    double.release();
    const failed = await outcome;
    expect([failed.type, failed.offerId]).to.deep.equal(['mn-application-error', 'offer-open']);
    await el.updateComplete;
    expect(text($(el, '[part="previous"]'))).to.equal(
      'Votre candidature à « Développeur·se full stack » n’a pas été envoyée : vos réponses restent enregistrées pour cette offre, dans cet onglet.',
    );
    // Its answers, and its key, wait in its draft.
    expect(JSON.parse(storage.getItem('mn-widgets:draft:offer-open') ?? '{}').idempotencyKey).to.equal(double.requests[0]?.key);
    expect($(el, '[part="failure"]')).to.equal(null);
    // Another offer after that: the notice, about the one before, goes.
    el.offerId = 'offer-external';
    await el.updateComplete;
    expect($(el, '[part="previous"]')).to.equal(null, 'a third offer: the notice was about the previous one');
  });

  it('keeps showing the offer being sent, not the spontaneous form, when offer-id is emptied while sending', async () => {
    const { el, double, outcome } = await switchWhileSending('gate');
    el.offerId = '';
    await el.updateComplete;
    // Until the outcome, the form is the one sent: its title, its offer, no spontaneous-only questions.
    expect(text($(el, '#title'))).to.equal('Votre candidature');
    expect(text($(el, '[part="offer"]'))).to.include('Développeur·se full stack');
    expect($(el, '#f-regions-hint')).to.equal(null, 'a spontaneous question appeared while the offer was sent');
    double.release();
    await outcome;
    await el.updateComplete;
    // Then the spontaneous form, with what became of the application sent.
    expect(text($(el, '#title'))).to.equal('Candidature spontanée');
    expect($(el, '#f-regions-hint')).to.not.equal(null);
    expect(text($(el, '[part="previous"]'))).to.include('a bien été reçue');
  });

  it('lets the host take over: cancel the submit event, send, then showResult()', async () => {
    const { el, double } = await mount();
    await fillValid(el);
    let body: FormData | undefined;
    el.addEventListener('mn-application-submit', (event) => {
      event.preventDefault();
      body = event.formData();
    });
    await submit(el);
    await waitUntil(() => body);
    expect(double.requests).to.have.length(0);
    expect((body as FormData).get('lastName')).to.equal('Martin');
    expect(((body as FormData).get('cv') as File).name).to.equal('cv.pdf');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    const succeeded = oneEvent(el, 'mn-application-success');
    await el.showResult({ kind: 'created', reference: 'HOST-42' });
    await succeeded;
    expect(text($(el, '[part="reference"]'))).to.equal('HOST-42');
  });

  it('starts a new application when the offer changes', async () => {
    const { feed } = testFeed();
    feed.offers.push(makeOffer({ id: 'offer-other', title: 'Data engineer' }));
    const { el, double } = await mount({ feed });
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '.success-title'));
    el.offerId = 'offer-other';
    await el.updateComplete;
    expect($(el, '.success-title')).to.equal(null);
    expect(text($(el, '[part="offer"]'))).to.include('Data engineer');
    await fillValid(el);
    await submit(el);
    await waitUntil(() => double.applications.length === 2);
    expect(double.requests[1].key).to.not.equal(double.requests[0].key);
    expect(double.applications[1].fields.offerId).to.equal('offer-other');
  });

  it('sends trades and régions for a spontaneous application', async () => {
    const { el, double } = await mount({ spontaneous: true });
    await fillValid(el, { spontaneous: true });
    ($(el, 'input[name="regions"][value="53"]') as HTMLInputElement).click();
    await el.updateComplete;
    const succeeded = oneEvent(el, 'mn-application-success') as Promise<MnApplicationSuccessEvent>;
    await submit(el);
    const success = await succeeded;
    expect(success.offerId).to.equal(undefined);
    expect(success.spontaneous).to.equal(true);
    const [app] = double.applications;
    expect(app.fields).to.not.have.property('offerId');
    expect(app.fields.trades).to.deep.equal(['developpeur']);
    expect(app.fields.regions).to.deep.equal(['53']);
  });
});
