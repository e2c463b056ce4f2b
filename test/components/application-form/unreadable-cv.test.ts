import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { ApplicationClient } from '../../../src/data/application.js';
import type { MnApplicationErrorEvent } from '../../../src/events/mn-application-error.js';
import { $, $$, attach, fillValid, mount, pdf, root, submit, submitButton, text, waitForError } from './helpers.js';
import { ProtocolDouble } from './protocol-double.js';

const UNREADABLE_FR = 'Le fichier n’a pas pu être lu : joignez-le à nouveau.';

/**
 * A PDF that reads well until `lose()`, then fails as a file moved, deleted or changed since it was picked
 * (Chromium: `NotFoundError` or `NotReadableError` on reading, and `fetch` fails with a plain `TypeError`).
 */
function fragilePdf(name = 'NotFoundError') {
  const file = pdf();
  let lost = false;
  const slice = file.slice.bind(file);
  Object.defineProperty(file, 'slice', {
    value: (...args: Parameters<Blob['slice']>) =>
      lost ? { arrayBuffer: () => Promise.reject(new DOMException('The file could not be read.', name)) } : slice(...args),
  });
  return { file, lose: () => (lost = true) };
}

/** Unhandled promise rejections while `body` runs (a silent failure of the form shows here). */
async function rejectionsDuring(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => {
    seen.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', listener);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 50)); // let a rejection be reported
  } finally {
    window.removeEventListener('unhandledrejection', listener);
  }
  return seen;
}

const summaryFocused = (el: MnApplicationForm) => root(el).activeElement === $(el, '[part="summary"]');

/** Submits: the CV field asks for the file again, the focus goes to the summary, and no promise is left rejected. */
async function submitUnreadable(el: MnApplicationForm): Promise<void> {
  const rejections = await rejectionsDuring(async () => {
    await submit(el);
    expect(await waitForError(el, 'cv')).to.equal(UNREADABLE_FR);
  });
  expect(rejections).to.deep.equal([]);
  await waitUntil(() => summaryFocused(el), 'focus on the summary');
}

describe('<mn-application-form> a CV that can no longer be read', () => {
  it('asks to attach it again on submit, with the focus on the summary, and sends nothing', async () => {
    const { el, double } = await mount();
    await fillValid(el);
    const cv = fragilePdf('NotReadableError');
    await attach(el, cv.file);
    cv.lose();
    await submitUnreadable(el);
    expect($$(el, '.summary a').map((a) => text(a))).to.deep.equal([UNREADABLE_FR]);
    expect($(el, '#f-cv')?.getAttribute('aria-invalid')).to.equal('true');
    expect(($(el, '#f-cv') as HTMLInputElement).files?.length ?? 0, 'the input is emptied, so the same file can be picked again').to.equal(0);
    expect(double.requests).to.have.length(0);
    await expect(el).to.be.accessible();

    // attached again: sent
    await attach(el, pdf());
    await submit(el);
    await waitUntil(() => double.applications.length === 1, 'sent once attached again');
  });

  it('says so as soon as a picked file cannot be read', async () => {
    const { el } = await mount();
    const cv = fragilePdf();
    cv.lose();
    const rejections = await rejectionsDuring(async () => {
      await attach(el, cv.file);
      expect(await waitForError(el, 'cv')).to.equal(UNREADABLE_FR);
    });
    expect(rejections).to.deep.equal([]);
  });

  it('on a retry after a 503: asks for the file again, then retries with the same key', async () => {
    const double = new ProtocolDouble().next({ status: 503 });
    const { el } = await mount({ double });
    await fillValid(el);
    const cv = fragilePdf();
    await attach(el, cv.file);
    await submit(el);
    await waitUntil(() => $(el, '[part="failure"]'), 'the 503 is shown');
    expect(text(submitButton(el))).to.equal('Réessayer l’envoi');
    cv.lose();
    await submitUnreadable(el);
    expect(double.requests).to.have.length(1);
    expect($(el, '[part="failure"]')).to.equal(null);

    await attach(el, pdf());
    await submit(el);
    await waitUntil(() => double.applications.length === 1, 'sent once attached again');
    expect(double.requests).to.have.length(2);
    expect(double.requests[1].key, 'the outcome of the 503 was unknown: same key').to.equal(double.requests[0].key);
  });

  it('when sending fails because the file went away meanwhile: the CV message, not the network one', async () => {
    const double = new ProtocolDouble().next('network');
    const cv = fragilePdf();
    // The browser fails the request with a bare TypeError when the body's file is gone.
    const fetch: typeof globalThis.fetch = (input, init) => {
      cv.lose();
      return double.fetch(input, init);
    };
    const { el } = await mount({ double, client: new ApplicationClient({ fetch, sleep: () => Promise.resolve() }) });
    await fillValid(el);
    await attach(el, cv.file);
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await submit(el);
    const event = await failed;
    expect([event.code, event.retryable]).to.deep.equal(['network', true]);
    expect(await waitForError(el, 'cv')).to.equal(UNREADABLE_FR);
    await waitUntil(() => summaryFocused(el), 'focus on the summary');
    expect($(el, '[part="failure"]')).to.equal(null);
    expect(el.matches(':state(sending)')).to.equal(false);

    await attach(el, pdf());
    await submit(el);
    await waitUntil(() => double.applications.length === 1, 'sent once attached again');
    expect(double.requests[1].key, 'the outcome of the failed attempt is unknown: same key').to.equal(double.requests[0].key);
  });

  it('when a host that sends the application itself reports a network failure: the CV message too', async () => {
    const { el, double } = await mount();
    await fillValid(el);
    const cv = fragilePdf();
    await attach(el, cv.file);
    el.addEventListener('mn-application-submit', (e) => e.preventDefault(), { once: true });
    const submitted = oneEvent(el, 'mn-application-submit');
    await submit(el);
    await submitted;
    cv.lose(); // gone while the host sent it
    const failed = oneEvent(el, 'mn-application-error') as Promise<MnApplicationErrorEvent>;
    await el.showResult({ kind: 'network' });
    expect((await failed).code).to.equal('network');
    expect(await waitForError(el, 'cv')).to.equal(UNREADABLE_FR);
    await waitUntil(() => summaryFocused(el), 'focus on the summary');
    expect($(el, '[part="failure"]')).to.equal(null);
    expect(double.requests).to.have.length(0);
  });

  it('speaks English', async () => {
    const { el } = await mount({ lang: 'en' });
    const cv = fragilePdf();
    cv.lose();
    await attach(el, cv.file);
    expect(await waitForError(el, 'cv')).to.equal('The file could not be read: attach it again.');
  });
});
