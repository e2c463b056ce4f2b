/** The polite live region of the form: "sending…" while the application goes, and nothing left once it is over. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { ApplicationClient, type ApplicationData, type ApplicationResult, type SubmitOptions } from '../../../src/data/application.js';
import { $, errorOf, fillValid, mount, root, submit, text } from './helpers.js';
import { ProtocolDouble } from './protocol-double.js';

const SENDING = 'Envoi de votre candidature en cours.';
const liveRegion = (el: MnApplicationForm) => text($(el, '.visually-hidden[role="status"]'));
const summaryFocused = (el: MnApplicationForm) => {
  const summary = $(el, '[part="summary"]');
  return summary !== null && root(el).activeElement === summary;
};

/** Fills and sends the form, and waits until the live region says it is sending; `abort()` cancels the sending. */
async function send(double: ProtocolDouble) {
  const controller = new AbortController();
  class Abortable extends ApplicationClient {
    override submit(action: string, data: ApplicationData, options: SubmitOptions): Promise<ApplicationResult> {
      return super.submit(action, data, { ...options, signal: controller.signal });
    }
  }
  const { el } = await mount({ double, client: new Abortable({ fetch: double.fetch, sleep: () => Promise.resolve() }) });
  await fillValid(el);
  await submit(el);
  await waitUntil(() => liveRegion(el) === SENDING, 'the live region does not say it is sending');
  return { el, abort: () => controller.abort() };
}

describe('<mn-application-form> live region', () => {
  const refusals = [
    {
      why: 'the server refuses the answers (422)',
      answer: { status: 422, body: { errors: [{ field: 'email', code: 'invalid' }] }, held: true },
      field: 'email',
      error: 'Saisissez une adresse électronique valide, par exemple : nom@exemple.fr',
    },
    { why: 'the server finds the CV too large (413)', answer: { status: 413, held: true }, field: 'cv', error: 'Le CV doit peser 5 Mo au plus.' },
  ] as const;
  for (const { why, answer, field, error } of refusals) {
    it(`is emptied when ${why} and the error summary shows`, async () => {
      const double = new ProtocolDouble().next(answer);
      const { el } = await send(double);
      double.release();
      await waitUntil(() => summaryFocused(el), 'the error summary does not take the focus');
      await el.updateComplete;
      expect(errorOf(el, field)).to.equal(error);
      expect(liveRegion(el)).to.equal('');
    });
  }

  it('is emptied when the sending is aborted', async () => {
    const { el, abort } = await send(new ProtocolDouble().next('hang'));
    abort();
    await waitUntil(() => !el.matches(':state(sending)'), 'the form is still sending');
    await el.updateComplete;
    expect(text($(el, 'button[type="submit"]'))).to.equal('Envoyer ma candidature');
    expect(liveRegion(el)).to.equal('');
  });
});
