import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { APPLICATION_LIMITS } from '../../../src/data/application.js';
import type { Offer } from '../../../src/data/types.js';
import { makeFeed, makeOffer } from '../../fixtures/make-feed.js';
import {
  $,
  $$,
  attach,
  click,
  errorOf,
  fill,
  fillValid,
  leave,
  mount,
  pdf,
  root,
  submit,
  testFeed,
  text,
  type,
  waitForError,
} from './helpers.js';

describe('<mn-application-form>', () => {
  describe('rendering', () => {
    it('shows the offer applied to, with its organisation', async () => {
      const { el } = await mount();
      expect(text($(el, '[part="title"]'))).to.equal('Votre candidature');
      expect($(el, '[part="title"]')?.tagName).to.equal('H2');
      const offer = text($(el, '[part="offer"]'));
      expect(offer).to.include('Développeur·se full stack');
      expect(offer).to.include('Direction interministérielle du numérique');
      expect($(el, 'form')?.hasAttribute('novalidate')).to.equal(true);
      expect($$(el, 'input[name="trades"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('labels every field, with the autocomplete tokens of RGAA 11.13', async () => {
      const { el } = await mount();
      const expected: Record<string, string> = {
        firstName: 'given-name',
        lastName: 'family-name',
        email: 'email',
        phone: 'tel',
        linkedin: 'section-linkedin url',
        github: 'section-github url',
        portfolio: 'section-portfolio url',
      };
      for (const [name, token] of Object.entries(expected)) {
        const input = $<HTMLInputElement>(el, `#f-${name}`) as HTMLInputElement;
        expect(input.getAttribute('autocomplete'), name).to.equal(token);
        expect(input.labels?.length, name).to.equal(1);
      }
      expect(($<HTMLInputElement>(el, '#f-email') as HTMLInputElement).type).to.equal('email');
      expect(($<HTMLInputElement>(el, '#f-phone') as HTMLInputElement).type).to.equal('tel');
      expect($(el, '#f-email')?.getAttribute('aria-describedby')).to.equal('f-email-hint');
      expect(text($(el, 'label[for="f-phone"]'))).to.include('(facultatif)');
      expect(($<HTMLInputElement>(el, '#f-cv') as HTMLInputElement).accept).to.equal('application/pdf,.pdf');
      expect($$(el, 'input[name="status"]')).to.have.length(5);
    });

    it('names each field by its label alone: the hint is outside it, right under it, and describes the field', async () => {
      const { el } = await mount();
      const expected: Record<string, string> = {
        email: 'Adresse électronique',
        phone: 'Téléphone (facultatif)',
        coverLetter: 'Lettre de motivation',
        cv: 'CV',
        linkedin: 'Profil LinkedIn (facultatif)',
        github: 'Profil GitHub (facultatif)',
        portfolio: 'Portfolio ou site personnel (facultatif)',
      };
      for (const [name, label] of Object.entries(expected)) {
        const input = $<HTMLInputElement>(el, `#f-${name}`) as HTMLInputElement;
        const labelEl = input.labels?.[0] as HTMLLabelElement;
        const hint = $(el, `#f-${name}-hint`) as HTMLElement;
        expect(text(labelEl), name).to.equal(label);
        expect(hint.closest('label'), `${name}: hint outside the label`).to.equal(null);
        expect(input.getAttribute('aria-describedby')?.split(' '), name).to.include(`f-${name}-hint`);
        // Seen as before: the hint right under the label, above the field.
        expect(labelEl.nextElementSibling, name).to.equal(hint);
        const [l, h, i] = [labelEl, hint, input].map((x) => x.getBoundingClientRect());
        expect(Math.abs(h.top - l.bottom), `${name}: hint just under the label`).to.be.below(1);
        expect(h.left, name).to.equal(l.left);
        expect(i.top, `${name}: field under the hint`).to.be.at.least(h.bottom);
        expect(i.top - h.bottom, name).to.be.below(8);
      }
    });

    it('keeps the space before « (facultatif) » in names, where Chromium would drop it', async () => {
      const { el } = await mount({ spontaneous: true });
      const mentions = $$(el, 'label > .mention, legend > .mention');
      expect(mentions.length).to.be.at.least(6); // phone, three links, regions, the links group
      for (const mention of mentions) {
        // Chromium leaves a text of white space alone, after a comment (Lit's markers), out of accessible names.
        let before = mention.previousSibling;
        while (before?.nodeType === Node.COMMENT_NODE) before = before.previousSibling;
        const name = text(mention.parentElement);
        expect(before?.nodeType, name).to.equal(Node.TEXT_NODE);
        expect(before?.textContent, name).to.match(/\S $/);
        expect(name).to.match(/\S \(facultatif\)$/);
      }
    });

    it('is one region, named by its title: the form inside is not a second landmark of the same name', async () => {
      const { el } = await mount();
      const section = $(el, 'section') as HTMLElement;
      expect(section.getAttribute('aria-labelledby')).to.equal('title');
      expect(text($(el, '#title'))).to.equal('Votre candidature');
      const form = $(el, 'form') as HTMLFormElement;
      expect(form.hasAttribute('aria-labelledby') || form.hasAttribute('aria-label') || form.hasAttribute('title')).to.equal(false);
      expect($$(el, '[aria-labelledby="title"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('hides the honeypot from people and assistive technologies', async () => {
      const { el } = await mount();
      const input = $<HTMLInputElement>(el, '.hp input') as HTMLInputElement;
      expect(input.tabIndex).to.equal(-1);
      // A name and a label no autofill (browsers, password managers) takes for a field of its own: a honeypot
      // filled by it would throw the application away.
      expect(input.name).to.not.match(/web|site|url|home|page/i);
      expect(input.id).to.not.match(/web|site|url|home|page/i);
      expect(input.autocomplete).to.equal('off');
      expect(input.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(input.getBoundingClientRect().right).to.be.below(0);
    });

    it('shows the consent text from the attribute, the slot, and the privacy link in a new window', async () => {
      const { el } = await mount();
      expect(text($(el, '#f-consent-text'))).to.include('pour le seul examen de votre candidature');
      const link = $<HTMLAnchorElement>(el, '[part="consent"] a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://www.example.gouv.fr/donnees-personnelles');
      expect(link.target).to.equal('_blank');
      expect(text(link)).to.include('nouvelle fenêtre');
      el.consentText = 'Texte du ministère.';
      el.privacyHref = 'javascript:alert(1)';
      await el.updateComplete;
      expect(text($(el, '#f-consent-text'))).to.equal('Texte du ministère.');
      expect($(el, '[part="consent"] a')).to.equal(null);
      const slotted = document.createElement('p');
      slotted.slot = 'consent';
      slotted.textContent = 'Texte riche.';
      el.append(slotted);
      const slot = $<HTMLSlotElement>(el, 'slot[name="consent"]') as HTMLSlotElement;
      expect(slot.assignedElements()).to.deep.equal([slotted]);
    });

    it('speaks English', async () => {
      const { el } = await mount({ lang: 'en' });
      expect(text($(el, '[part="title"]'))).to.equal('Your application');
      await submit(el);
      expect(errorOf(el, 'firstName')).to.equal('Enter your first name.');
      expect(text($(el, '.summary-title'))).to.equal('There are 7 errors in the form');
    });

    it('takes the feed’s endpoint when there is no action attribute', async () => {
      const { el, double } = await mount({ action: null });
      await fillValid(el);
      await submit(el);
      await waitUntil(() => double.requests.length === 1);
      expect(double.requests[0].url).to.equal('https://metiers.numerique.gouv.fr/api/applications');
    });

    it('says so when it has nowhere to send', async () => {
      const { feed } = testFeed({ applicationEndpoint: undefined });
      const { el } = await mount({ action: null, feed });
      expect(text($(el, '[part="base"]'))).to.include('n’est pas configuré');
      expect($(el, 'form')).to.equal(null);
    });

    it('sends the answers over https only, or to the page’s own origin (a development server too)', async () => {
      for (const [action, feedEndpoint] of [
        ['http://platform.example/api/applications', undefined],
        [null, 'http://collecte.example/candidatures'], // a feed the page was pointed to
      ] as const) {
        const { el } = await mount({ action, feed: testFeed({ applicationEndpoint: feedEndpoint }).feed });
        expect(text($(el, '[part="base"]')), `${action ?? feedEndpoint}`).to.include('n’est pas configuré');
        expect($(el, 'form')).to.equal(null);
      }
      const { el, double } = await mount({ action: '/api/applications' });
      await fillValid(el);
      await submit(el);
      await waitUntil(() => double.requests.length === 1);
      expect(double.requests[0].url).to.equal(`${location.origin}/api/applications`);
    });

    it('takes no application for a filled offer, an unknown one, or one applied to elsewhere', async () => {
      const filled = await mount({ offerId: 'offer-filled' });
      expect(text($(filled.el, '.alert'))).to.include('n’accepte plus de candidatures');
      expect($(filled.el, 'form')).to.equal(null);
      await expect(filled.el).to.be.accessible();

      const unknown = await mount({ offerId: 'offer-gone' });
      expect(text($(unknown.el, '.alert'))).to.include('introuvable');

      const external = await mount({ offerId: 'offer-external' });
      const link = $<HTMLAnchorElement>(external.el, '.alert a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://recrutement.example/offre/1');
      expect(link.rel).to.equal('noopener noreferrer');

      const email = await mount({ offerId: 'offer-email' });
      expect(($<HTMLAnchorElement>(email.el, '.alert a') as HTMLAnchorElement).href).to.equal(
        'mailto:recrutement@example.gouv.fr?subject=Candidature%20RSSI',
      );
    });

    it('links only to safe addresses of an offer given directly', async () => {
      const show = async (apply: Offer['apply']) => {
        const offer = makeOffer({ id: 'offer-direct', apply });
        const el = await fixture<MnApplicationForm>(
          html`<mn-application-form .offer=${offer} .feedData=${makeFeed(0, { offers: [offer] })}></mn-application-form>`,
        );
        await el.updateComplete;
        return el;
      };
      const script = await show({ mode: 'external', url: 'javascript:alert(1)' });
      expect(text($(script, '.alert'))).to.include('site du recruteur');
      expect($$<HTMLAnchorElement>(script, 'a').map((a) => a.getAttribute('href'))).not.to.include('javascript:alert(1)');
      expect(root(script).innerHTML).not.to.contain('javascript:');

      const injected = await show({ mode: 'email', email: 'a@b.fr?bcc=evil@x.fr' });
      expect(text($(injected, '.alert'))).to.include('a@b.fr?bcc=evil@x.fr');
      expect($$<HTMLAnchorElement>(injected, 'a').filter((a) => a.protocol === 'mailto:')).to.have.length(0);

      const plain = await show({ mode: 'email', email: 'rh@example.gouv.fr' });
      expect(($<HTMLAnchorElement>(plain, '.alert a') as HTMLAnchorElement).href).to.equal('mailto:rh@example.gouv.fr');
      expect(text($(plain, '.alert a'))).to.equal('rh@example.gouv.fr');
    });
  });

  describe('spontaneous application', () => {
    it('lets the candidate pick trades by family, and régions', async () => {
      const { el } = await mount({ spontaneous: true });
      expect(text($(el, '[part="title"]'))).to.equal('Candidature spontanée');
      expect($(el, '[part="offer"]')).to.equal(null);
      const families = $$(el, 'details.family');
      expect(families.map((d) => text(d.querySelector('summary')))).to.deep.equal([
        'Développement',
        'Données',
        'Infrastructure et production',
        'Sécurité',
        'Pilotage de projet et produit',
      ]);
      expect($$(el, 'input[name="trades"]')).to.have.length(8);
      expect($$(el, 'input[name="regions"]')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('requires a trade, and its summary link opens the family and focuses the first choice', async () => {
      const { el } = await mount({ spontaneous: true });
      await submit(el);
      expect(errorOf(el, 'trades')).to.equal('Choisissez au moins un métier.');
      const link = $$<HTMLAnchorElement>(el, '.summary a').find((a) => a.dataset.field === 'trades') as HTMLAnchorElement;
      link.click();
      await waitUntil(() => root(el).activeElement?.getAttribute('name') === 'trades');
      expect((root(el).activeElement as HTMLElement).closest('details')?.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('counts the chosen trades in the family summary', async () => {
      const { el } = await mount({ spontaneous: true });
      const details = $<HTMLDetailsElement>(el, 'details.family') as HTMLDetailsElement;
      details.open = true;
      await waitUntil(() => $(el, 'details.family[open]'));
      await click(el, 'details.family input[value="developpeur"]');
      await click(el, 'details.family input[value="architecte-logiciel"]');
      expect(text(details.querySelector('summary'))).to.equal('Développement (2 métiers choisis)');
      await click(el, 'details.family input[value="developpeur"]');
      expect(text(details.querySelector('summary'))).to.equal('Développement (1 métier choisi)');
      expect(details.open).to.equal(true, 'the family stays open while choosing');
    });
  });

  describe('validation', () => {
    it('does not judge a field while it is being typed, but when it is left', async () => {
      const { el } = await mount();
      await type(el, 'email', 'camille');
      expect(errorOf(el, 'email')).to.equal(undefined);
      expect($(el, '#f-email')?.getAttribute('aria-invalid')).to.equal('false');
      await leave(el, 'email');
      expect(errorOf(el, 'email')).to.equal('Saisissez une adresse électronique valide, par exemple : nom@exemple.fr');
      const input = $(el, '#f-email') as HTMLElement;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
      // once shown, the error follows the typing and goes away when fixed
      await type(el, 'email', 'camille@example.fr');
      expect(errorOf(el, 'email')).to.equal(undefined);
      expect(input.getAttribute('aria-describedby')).to.equal('f-email-hint');
    });

    it('announces the error of a field just left, politely', async () => {
      const { el } = await mount();
      await fill(el, 'phone', 'appelez-moi');
      await waitUntil(() => text($(el, '[role="status"]')) !== '');
      expect(text($(el, '[role="status"]'))).to.equal('Saisissez un numéro de téléphone valide, par exemple : 06 12 34 56 78');
    });

    it('with real keys: leaving an emptied field shows that it is required', async () => {
      const { el } = await mount();
      ($(el, '#f-firstName') as HTMLInputElement).focus();
      await sendKeys({ type: 'C' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorOf(el, 'firstName')).to.equal('Saisissez votre prénom.');
      expect(root(el).activeElement?.id).to.equal('f-lastName');
      expect(errorOf(el, 'lastName')).to.equal(undefined, 'a field merely crossed is not judged');
    });

    it('checks each field', async () => {
      const { el } = await mount();
      const cases: Array<[string, string, string]> = [
        ['firstName', ' ', 'Saisissez votre prénom.'],
        ['lastName', '', 'Saisissez votre nom.'],
        ['email', '', 'Saisissez votre adresse électronique.'],
        ['phone', '123', 'Saisissez un numéro de téléphone valide, par exemple : 06 12 34 56 78'],
        ['coverLetter', '  ', 'Rédigez votre lettre de motivation.'],
        ['linkedin', 'pas un lien', 'Saisissez une adresse web valide, commençant par https://'],
        ['github', 'ftp://github.com/x', 'Saisissez une adresse web valide, commençant par https://'],
        ['portfolio', 'javascript:alert(1)', 'Saisissez une adresse web valide, commençant par https://'],
      ];
      for (const [name, value, message] of cases) {
        await type(el, name, 'x');
        await fill(el, name, value);
        expect(errorOf(el, name), name).to.equal(message);
      }
      for (const [name, value] of [
        ['firstName', 'Camille'],
        ['phone', '+33 6 12 34 56 78'],
        ['linkedin', 'linkedin.com/in/camille'],
        ['phone', ''],
      ]) {
        await fill(el, name, value);
        expect(errorOf(el, name), name).to.equal(undefined);
      }
      // consent: unticking shows the error
      await click(el, '#f-consent');
      await click(el, '#f-consent');
      expect(errorOf(el, 'consent')).to.equal('Acceptez le traitement de vos données pour envoyer votre candidature.');
      await expect(el).to.be.accessible();
    });

    it('counts the characters of the cover letter and announces thresholds, not keystrokes', async () => {
      const { el } = await mount();
      const counter = () => text($(el, '[part="counter"]'));
      const status = () => text($(el, '[role="status"]'));
      expect(counter()).to.equal('Vous pouvez encore saisir 5 000 caractères.');
      expect($(el, '#f-coverLetter')?.getAttribute('aria-describedby')).to.equal('f-coverLetter-hint f-coverLetter-counter');
      await type(el, 'coverLetter', 'Bonjour');
      expect(counter()).to.equal('Vous pouvez encore saisir 4 993 caractères.');
      expect(status()).to.equal('');
      await type(el, 'coverLetter', 'a'.repeat(4600));
      await waitUntil(() => status() !== '');
      expect(status()).to.equal('Vous pouvez encore saisir 400 caractères.');
      await type(el, 'coverLetter', 'a'.repeat(4601));
      expect(status()).to.equal('Vous pouvez encore saisir 400 caractères.', 'not every keystroke');
      await type(el, 'coverLetter', 'a'.repeat(APPLICATION_LIMITS.coverLetter + 10));
      await waitUntil(() => status().includes('dépassé'));
      expect(counter()).to.equal('Vous avez dépassé la limite de 10 caractères.');
      await leave(el, 'coverLetter');
      expect(errorOf(el, 'coverLetter')).to.equal('Votre lettre de motivation doit faire 5 000 caractères au plus.');
    });
  });

  describe('CV checks', () => {
    it('accepts a PDF', async () => {
      const { el } = await mount();
      await attach(el, pdf());
      await fill(el, 'firstName', 'Camille'); // let the asynchronous check settle
      expect(errorOf(el, 'cv')).to.equal(undefined);
    });

    it('refuses another type', async () => {
      const { el } = await mount();
      await attach(el, new File(['GIF89a'], 'photo.png', { type: 'image/png' }));
      expect(await waitForError(el, 'cv')).to.equal('Le CV doit être un fichier PDF.');
      expect($(el, '#f-cv')?.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('refuses a file named .pdf that is not one (no %PDF signature)', async () => {
      const { el } = await mount();
      await attach(el, pdf('cv.pdf', '<html>pas un PDF</html>'));
      expect(await waitForError(el, 'cv')).to.equal('Le CV doit être un fichier PDF.');
    });

    it('refuses a file over 5 MB', async () => {
      const { el } = await mount();
      const big = new File(['%PDF-1.7\n', new Uint8Array(APPLICATION_LIMITS.cvBytes)], 'cv.pdf', { type: 'application/pdf' });
      await attach(el, big);
      expect(await waitForError(el, 'cv')).to.equal('Le CV doit peser 5 Mo au plus.');
    });

    it('clears the error when a good file replaces a bad one', async () => {
      const { el } = await mount();
      await attach(el, pdf('cv.pdf', 'nope'));
      await waitForError(el, 'cv');
      await attach(el, pdf());
      await waitUntil(() => errorOf(el, 'cv') === undefined);
    });
  });

  describe('error summary', () => {
    it('lists every error on submit, with links, and takes the focus', async () => {
      const { el, double } = await mount();
      await fill(el, 'email', 'camille@');
      await submit(el);
      const summary = $(el, '[part="summary"]') as HTMLElement;
      await waitUntil(() => root(el).activeElement === summary, 'focus on the summary');
      expect(summary.getAttribute('role')).to.equal('group');
      expect(text($(el, '.summary-title'))).to.equal('Le formulaire contient 7 erreurs');
      expect($(el, '.summary-title')?.tagName).to.equal('H3');
      expect($$(el, '.summary a').map((a) => text(a))).to.deep.equal([
        'Saisissez votre prénom.',
        'Saisissez votre nom.',
        'Saisissez une adresse électronique valide, par exemple : nom@exemple.fr',
        'Indiquez votre situation actuelle.',
        'Rédigez votre lettre de motivation.',
        'Joignez votre CV au format PDF.',
        'Acceptez le traitement de vos données pour envoyer votre candidature.',
      ]);
      expect(double.requests).to.have.length(0);
      expect(el.matches(':state(invalid)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('moves the focus to the field of a link, and shrinks as errors are fixed', async () => {
      const { el } = await mount();
      await submit(el);
      const link = $$<HTMLAnchorElement>(el, '.summary a').find((a) => a.dataset.field === 'email') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('#f-email');
      link.click();
      await waitUntil(() => root(el).activeElement?.id === 'f-email');
      await fill(el, 'firstName', 'Camille');
      expect(text($(el, '.summary-title'))).to.equal('Le formulaire contient 6 erreurs');
      await click(el, '.summary a[data-field="status"]');
      await waitUntil(() => root(el).activeElement?.getAttribute('name') === 'status');
    });

    it('focuses the summary again at each failed submit', async () => {
      const { el } = await mount();
      await submit(el);
      await waitUntil(() => root(el).activeElement === $(el, '[part="summary"]'));
      ($(el, '#f-firstName') as HTMLInputElement).focus();
      await submit(el);
      await waitUntil(() => root(el).activeElement === $(el, '[part="summary"]'));
    });

    it('is not shown for a valid form', async () => {
      const { el, double } = await mount();
      await fillValid(el);
      await submit(el);
      await waitUntil(() => double.requests.length === 1);
      expect($(el, '[part="summary"]')).to.equal(null);
    });
  });
});
