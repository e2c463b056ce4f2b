import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/components/application-form/mn-application-form.js';
import type { MnApplicationForm } from '../../../src/components/application-form/application-form.component.js';
import { ApplicationClient, type DraftStorage } from '../../../src/data/application.js';
import type { Feed, Offer } from '../../../src/data/types.js';
import { makeFeed, makeOffer } from '../../fixtures/make-feed.js';
import { ProtocolDouble } from './protocol-double.js';
import { textOf } from '../../support/text.js';

export const ACTION = 'https://platform.example/api/applications';

export class MemoryStorage implements DraftStorage {
  readonly map = new Map<string, string>();
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

/** A feed with one open offer taking platform applications (`offer-open`), and a few others. */
export function testFeed(overrides: Partial<Omit<Feed, 'version'>> = {}): { feed: Feed; offer: Offer } {
  const offer = makeOffer({ id: 'offer-open', title: 'Développeur·se full stack', hiringOrganization: 'dinum' });
  const offers = [
    offer,
    makeOffer({ id: 'offer-filled', title: 'Data scientist', status: 'filled' }),
    makeOffer({ id: 'offer-external', title: 'Architecte', apply: { mode: 'external', url: 'https://recrutement.example/offre/1' } }),
    makeOffer({ id: 'offer-email', title: 'RSSI', apply: { mode: 'email', email: 'recrutement@example.gouv.fr', subject: 'Candidature RSSI' } }),
  ];
  return { feed: makeFeed(0, { offers, ...overrides }), offer };
}

export interface MountOptions {
  offerId?: string;
  spontaneous?: boolean;
  action?: string | null;
  feed?: Feed;
  lang?: string;
  timeout?: number;
  storage?: DraftStorage | null;
  double?: ProtocolDouble;
  client?: ApplicationClient;
}

export async function mount(options: MountOptions = {}) {
  const double = options.double ?? new ProtocolDouble();
  const client = options.client ?? new ApplicationClient({ fetch: double.fetch, sleep: () => Promise.resolve() });
  const storage = options.storage === undefined ? new MemoryStorage() : options.storage;
  const feed = options.feed ?? testFeed().feed;
  const offerId = options.spontaneous ? undefined : (options.offerId ?? 'offer-open');
  const action = options.action === null ? undefined : (options.action ?? ACTION);
  const el = await fixture<MnApplicationForm>(html`
    <mn-application-form
      offer-id=${ifDefined(offerId)}
      action=${ifDefined(action)}
      lang=${options.lang ?? nothing}
      timeout=${ifDefined(options.timeout)}
      privacy-href="https://www.example.gouv.fr/donnees-personnelles"
      .feedData=${feed}
      .client=${client}
      .draftStorage=${storage}
    ></mn-application-form>
  `);
  await el.updateComplete;
  return { el, double, storage, client };
}

export const root = (el: MnApplicationForm): ShadowRoot => el.shadowRoot as ShadowRoot;
export const $ = <T extends Element = HTMLElement>(el: MnApplicationForm, selector: string): T | null =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: MnApplicationForm, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

/** Types into a field (an `input` event, as each keystroke gives). */
export async function type(el: MnApplicationForm, name: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Leaves a changed field (its `change` event). */
export async function leave(el: MnApplicationForm, name: string): Promise<void> {
  $(el, `[name="${name}"]`)?.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function fill(el: MnApplicationForm, name: string, value: string): Promise<void> {
  await type(el, name, value);
  await leave(el, name);
}

export async function click(el: MnApplicationForm, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

export const pdf = (name = 'cv.pdf', body = '%PDF-1.7\n%%EOF\n', type = 'application/pdf') => new File([body], name, { type });

/** Attaches a file to the CV input, as the file picker does. */
export async function attach(el: MnApplicationForm, file: File | undefined): Promise<void> {
  const input = $<HTMLInputElement>(el, '#f-cv');
  if (!input) throw new Error('no CV input');
  const dt = new DataTransfer();
  if (file) dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The error message shown under a field (spaces normalised: French numbers use narrow no-break spaces). */
export const errorOf = (el: MnApplicationForm, field: string): string | undefined => {
  const node = $(el, `#f-${field}-error`);
  return node ? text(node) : undefined;
};

/** Waits until `field` shows an error (file checks are asynchronous). */
export async function waitForError(el: MnApplicationForm, field: string): Promise<string> {
  await waitUntil(() => errorOf(el, field), `no error on ${field}`);
  return errorOf(el, field) as string;
}

/** Fills every required field with valid answers (and a trade, for a spontaneous form). */
export async function fillValid(el: MnApplicationForm, options: { spontaneous?: boolean } = {}): Promise<void> {
  await fill(el, 'firstName', 'Camille');
  await fill(el, 'lastName', 'Martin');
  await fill(el, 'email', 'camille.martin@example.fr');
  await click(el, '#f-status-contract-worker');
  await fill(el, 'coverLetter', 'Bonjour,\nJe souhaite rejoindre votre équipe.');
  if (options.spontaneous) {
    const details = $<HTMLDetailsElement>(el, 'details.family');
    if (details && !details.open) {
      details.open = true;
      await waitUntil(() => $(el, 'details.family[open] input'));
    }
    await click(el, 'details.family input[name="trades"]');
  }
  await attach(el, pdf());
  await click(el, '#f-consent');
}

export const submitButton = (el: MnApplicationForm) => $<HTMLButtonElement>(el, 'button[type="submit"]') as HTMLButtonElement;

export async function submit(el: MnApplicationForm): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

export const text = textOf;
