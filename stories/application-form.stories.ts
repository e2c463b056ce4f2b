import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { darkPage } from './dark.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/feed/v1/offers.json';
import '../src/components/application-form/mn-application-form.js';
import type { MnApplicationForm } from '../src/components/application-form/application-form.component.js';
import { ApplicationClient, draftKey, emptyValues, sentKey, writeDraft, writeSent, type DraftStorage, type SentRecord } from '../src/data/application.js';
import { normaliseFeed } from '../src/data/normalise.js';
import { isOpen } from '../src/data/feed-lookups.js';
import type { Feed } from '../src/data/types.js';
import { fillForm, fragileCv, heldClient, memoryStorage, submitForm, until } from './support/application.js';

/** The committed sample feed, read as the element would. */
const sampleFeed: Feed = normaliseFeed(sample, 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json');
const now = Date.now();
const openOffer = sampleFeed.offers.find((o) => o.apply.mode === 'platform' && isOpen(o, now)) ?? {
  ...sampleFeed.offers[0],
  status: 'open' as const,
  validThrough: undefined,
  apply: { mode: 'platform' as const },
};
const feed: Feed = { ...sampleFeed, offers: [openOffer, ...sampleFeed.offers.filter((o) => o !== openOffer)] };
const filled = feed.offers.find((o) => !isOpen(o, now));
const external = feed.offers.find((o) => o.apply.mode === 'external' && isOpen(o, now));
const anotherOpen = feed.offers.find((o) => o !== openOffer && o.apply.mode === 'platform' && isOpen(o, now));

/*
 * Stories never reach the network: each one sends to a test double of the application
 * protocol (docs/application-protocol.md), which answers as the story says.
 */
type Answer = 'created' | 'hang' | 'server' | 'network' | 'rate-limited' | 'invalid' | 'duplicate';
function clientAnswering(answer: Answer): ApplicationClient {
  return new ApplicationClient({
    fetch: (_input, init) => {
      switch (answer) {
        case 'hang':
          return new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          );
        case 'server':
          return Promise.resolve(new Response('{"code":"simulated"}', { status: 503 }));
        case 'network':
          return Promise.reject(new TypeError('Failed to fetch'));
        case 'rate-limited':
          return Promise.resolve(new Response('{}', { status: 429, headers: { 'Retry-After': '90' } }));
        case 'duplicate':
          return Promise.resolve(new Response('{"code":"duplicate"}', { status: 409 }));
        case 'invalid':
          return Promise.resolve(
            new Response(JSON.stringify({ code: 'invalid', errors: [{ field: 'email', code: 'invalid' }] }), { status: 422 }),
          );
        default:
          return Promise.resolve(new Response('{"reference":"MN-7K3F-9Q2P"}', { status: 201 }));
      }
    },
  });
}

/** A storage holding a draft saved an hour ago (the restored-draft story). */
function storageWithDraft(offerId: string): DraftStorage {
  const storage = memoryStorage();
  writeDraft(storage, draftKey(offerId), {
    savedAt: now - 3_600_000,
    values: { ...emptyValues(), firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.fr', status: 'contract-worker', coverLetter: 'Madame, Monsieur,\n\nVotre offre a retenu toute mon attention…' },
  });
  return storage;
}

/**
 * A storage that remembers an application sent for `offerId` (the form keeps its date and reference, none of the
 * answers, once the platform holds it); `record` as the form writes it (no date after a 409 it knew nothing of).
 */
function storageWithSent(offerId: string | undefined, record: SentRecord = { sentAt: Date.UTC(2026, 11, 7, 14, 13), reference: 'MN-7K3F-9Q2P' }): DraftStorage {
  const storage = memoryStorage();
  writeSent(storage, sentKey(offerId), record);
  return storage;
}

async function formOf(canvas: HTMLElement): Promise<MnApplicationForm> {
  const el = canvas.querySelector('mn-application-form') as MnApplicationForm;
  await el.updateComplete;
  return el;
}

interface Args {
  offerId?: string;
  action?: string;
  privacyHref: string;
  consentText: string;
  headingLevel: number;
  timeout: number;
  lang: string;
  feedData?: Feed;
  client: ApplicationClient;
  draftStorage: DraftStorage | null;
}

const meta: Meta<Args> = {
  title: 'Components/mn-application-form',
  component: 'mn-application-form',
  args: {
    offerId: openOffer.id,
    action: 'https://metiers.numerique.gouv.fr/api/applications',
    privacyHref: 'https://www.example.gouv.fr/donnees-personnelles',
    consentText: '',
    headingLevel: 2,
    timeout: 60_000,
    lang: 'fr',
    feedData: feed,
    client: clientAnswering('created'),
    draftStorage: null,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    feedData: { control: false },
    client: { control: false },
    draftStorage: { control: false },
  },
  parameters: {
    actions: { handles: ['mn-application-submit', 'mn-application-success', 'mn-application-error'] },
  },
  render: (args) => html`
    <mn-application-form
      offer-id=${ifDefined(args.offerId)}
      action=${ifDefined(args.action)}
      privacy-href=${args.privacyHref}
      consent-text=${args.consentText}
      heading-level=${args.headingLevel}
      timeout=${args.timeout}
      lang=${args.lang}
      .feedData=${args.feedData}
      .client=${args.client}
      .draftStorage=${args.draftStorage}
    ></mn-application-form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Applying to an offer of the feed: its title and organisation are recalled at the top. */
export const Default: Story = {};

/** A spontaneous application (no `offer-id`): trades by family, and régions. */
export const Spontaneous: Story = { args: { offerId: undefined } };

/** Submitted empty: the error summary takes the focus, each field says what is wrong. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => submitForm(await formOf(canvasElement)),
};

/** While sending: the button shows progress and cannot send twice. */
export const Sending: Story = {
  args: { client: clientAnswering('hang') },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillForm(el);
    await submitForm(el);
  },
};

/** Accepted (201): the confirmation with the reference number takes the focus. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillForm(el);
    await submitForm(el);
  },
};

/** The server fails (503): everything is kept, and the retry reuses the same idempotency key. */
export const ServerError: Story = {
  args: { client: clientAnswering('server') },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    await fillForm(el);
    await submitForm(el);
  },
};

/** No connection: the same, with advice about the connection. */
export const NetworkError: Story = {
  args: { client: clientAnswering('network') },
  play: Sending.play,
};

/**
 * The CV attached could no longer be read when "Envoyer" was pressed (moved, deleted or changed on the computer since
 * it was picked), and the browser failed the request as the network: the CV field asks for it again ("… joignez-le à
 * nouveau"), the error summary takes the focus, and the rest of the answers are kept.
 */
export const UnreadableCv: Story = {
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    const cv = fragileCv();
    // The browser reads the file as it sends it: gone by then, the request fails with a bare TypeError.
    el.client = new ApplicationClient({
      fetch: () => {
        cv.lose();
        return Promise.reject(new TypeError('Failed to fetch'));
      },
      sleep: () => Promise.resolve(),
    });
    await fillForm(el, cv.file);
    await submitForm(el);
    const root = el.shadowRoot as ShadowRoot;
    await until('the CV field does not ask for the file again', () => root.querySelector('#f-cv-error')?.textContent?.includes('joignez-le à nouveau'));
    await until('the error summary is not focused', () => root.activeElement?.matches('[part="summary"]'));
    if (root.querySelector('[part="failure"]')) throw new Error('the network message shows instead of the CV one');
  },
};

/** Too many applications right now (429 with a long `Retry-After`). */
export const RateLimited: Story = {
  args: { client: clientAnswering('rate-limited') },
  play: Sending.play,
};

/** Already received (409 duplicate): said in place of the form, the draft deleted; nothing to send again. */
export const AlreadyReceived: Story = {
  args: { client: clientAnswering('duplicate') },
  play: Sending.play,
};

/** The server refuses a field (422): the error lands on the field and in the summary. */
export const ServerFieldError: Story = {
  args: { client: clientAnswering('invalid') },
  play: Sending.play,
};

/** Back on the page: the draft is restored (not the CV), with a notice and a way to clear it. */
export const DraftRestored: Story = {
  args: { draftStorage: storageWithDraft(openOffer.id) },
};

/**
 * Back on an offer already applied to from this tab: the form says when, with the reference, and waits behind a
 * button for a candidate who wants to send another application (`part="sent"`).
 */
export const AlreadySent: Story = {
  args: { draftStorage: storageWithSent(openOffer.id) },
};

/** The same, once "Envoyer une autre candidature" is pressed: the notice stays above the form, the focus is in it. */
export const AlreadySentFormShown: Story = {
  args: { draftStorage: storageWithSent(openOffer.id) },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part="sent"] button')?.click();
    await waitFor(() => {
      if (el.shadowRoot?.activeElement?.id !== 'f-firstName') throw new Error('the form is not shown');
    });
  },
};

/** The notice of an application already sent, in a dark colour scheme. */
export const AlreadySentDark: Story = {
  args: { draftStorage: storageWithSent(openOffer.id) },
  decorators: [darkPage],
};

/** Already on record: the platform answered 409 for an application this tab knew nothing of (sent earlier, maybe elsewhere): no date. */
export const AlreadyOnRecord: Story = {
  args: { draftStorage: storageWithSent(openOffer.id, {}) },
};

/** A spontaneous application already sent from this tab. */
export const AlreadySentSpontaneous: Story = {
  args: { offerId: undefined, draftStorage: storageWithSent(undefined) },
};

/** An offer that takes no more applications. */
export const ClosedOffer: Story = { args: { offerId: filled?.id ?? 'none' } };

/** An offer applied to on the recruiter's site: a link instead of the form. */
export const ExternalOffer: Story = { args: { offerId: external?.id ?? 'none' } };

/** No `action` and a feed without `applicationEndpoint`: says the form is not set up. */
export const NotConfigured: Story = {
  args: { action: undefined, feedData: { ...feed, applicationEndpoint: undefined } },
};

/** The integrator's own consent text. */
export const CustomConsent: Story = {
  args: {
    consentText:
      'Le ministère de l’Exemple traite vos données pour gérer votre candidature ; elles sont conservées deux ans. Vous pouvez y accéder, les rectifier ou les effacer en écrivant au délégué à la protection des données.',
  },
};

/** Dark colour scheme (the page declares `color-scheme: dark`). */
export const Dark: Story = { decorators: [darkPage] };

/**
 * The page moved to another offer (`offer-id` changed) while an application was being sent: the new offer's form
 * says what became of it (`part="previous"`), with its reference.
 */
export const OfferChangedWhileSending: Story = {
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    const { client, requested, release } = heldClient();
    el.client = client;
    await fillForm(el);
    await submitForm(el);
    await requested;
    el.offerId = anotherOpen?.id ?? '';
    release();
    await until('no notice about the application sent', () => el.shadowRoot?.querySelector('[part="previous"]'));
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** In a 320 px column (a phone). */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
