/**
 * What the stories of the application form need to drive it as a candidate would, without the network: a storage in
 * memory, a CV, a CV that becomes unreadable, a client whose answer is held, and the steps of sending from an offer
 * (the same as test/components/application-form/, which stories do not import).
 */
import { waitFor } from 'storybook/test';
import type { MnApplicationForm } from '../../src/components/application-form/application-form.component.js';
import type { MnOfferDetail } from '../../src/components/offer-detail/offer-detail.component.js';
import { ApplicationClient, type DraftStorage } from '../../src/data/application.js';

/** Where the stories' forms send (to a stub: nothing leaves the page). */
export const STORY_ACTION = 'https://metiers.numerique.gouv.fr/api/applications';

/** A storage of the story's own, in memory (nothing left in the tab for the next story). */
export function memoryStorage(): DraftStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** Waits (5 s at most) until `find` gives something, and gives it; else fails with `what`. */
export function until<T>(what: string, find: () => T | null | undefined | false): Promise<T> {
  return waitFor(
    () => {
      const found = find();
      if (found === null || found === undefined || found === false) throw new Error(what);
      return found;
    },
    { timeout: 5000 },
  );
}

/**
 * `offer` taking applications for good. The form inside an offer judges by today's date, not by the offer's or the
 * list's `now` (the day the sample feed was made): a story that sends an application must not depend on the day it runs.
 */
export const openForGood = <T extends { validThrough?: number }>(offer: T): T => ({ ...offer, validThrough: undefined });

/** A tiny PDF, as a candidate picks it. */
export const cvFile = (): File => new File(['%PDF-1.7\n%%EOF\n'], 'cv-camille-martin.pdf', { type: 'application/pdf' });

/**
 * A CV that reads well until `lose()`, then fails to read as a file moved, deleted or changed since it was picked
 * does (Chromium: `NotReadableError`).
 */
export function fragileCv(): { file: File; lose: () => void } {
  const file = cvFile();
  let lost = false;
  const slice = file.slice.bind(file);
  Object.defineProperty(file, 'slice', {
    value: (...args: Parameters<Blob['slice']>) =>
      lost ? { arrayBuffer: () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')) } : slice(...args),
  });
  return { file, lose: () => (lost = true) };
}

/**
 * A client whose request is held: `requested` once the form sends, then the platform accepts it (201, `reference`)
 * only when `release()` is called.
 */
export function heldClient(reference = 'MN-7K3F-9Q2P'): { client: ApplicationClient; requested: Promise<void>; release: () => void } {
  let sent!: () => void;
  const requested = new Promise<void>((resolve) => (sent = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const client = new ApplicationClient({
    fetch: async (_input, init) => {
      sent();
      await Promise.race([
        released,
        new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))),
      ]);
      return new Response(JSON.stringify({ reference }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    },
    sleep: () => Promise.resolve(),
  });
  return { client, requested, release };
}

/** Fills the form as a candidate would (the CV is a tiny PDF, or `cv`). */
export async function fillForm(el: MnApplicationForm, cv: File = cvFile()): Promise<void> {
  const root = el.shadowRoot as ShadowRoot;
  const set = (name: string, value: string) => {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
    if (!input) return;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  set('firstName', 'Camille');
  set('lastName', 'Martin');
  set('email', 'camille.martin@example.fr');
  set('coverLetter', 'Madame, Monsieur,\n\nVotre offre a retenu toute mon attention…');
  root.querySelector<HTMLInputElement>('#f-status-contract-worker')?.click();
  const trade = root.querySelector<HTMLInputElement>('input[name="trades"]');
  if (trade) {
    trade.closest('details')?.setAttribute('open', '');
    trade.click();
  }
  const file = root.querySelector<HTMLInputElement>('#f-cv');
  if (file) {
    const dt = new DataTransfer();
    dt.items.add(cv);
    file.files = dt.files;
    file.dispatchEvent(new Event('change', { bubbles: true }));
  }
  root.querySelector<HTMLInputElement>('#f-consent')?.click();
  await el.updateComplete;
}

/** Presses "Envoyer". */
export async function submitForm(el: MnApplicationForm): Promise<void> {
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await el.updateComplete;
}

/**
 * In an `<mn-offer-detail>`: presses "Postuler", fills the form that opens and sends it; the platform holds its
 * answer until `release()`. Resolves once the request is on its way.
 */
export async function sendFrom(detail: MnOfferDetail, reference?: string) {
  const button = await until('no "Postuler" button', () => detail.shadowRoot?.querySelector<HTMLButtonElement>('button[part="apply-button"]'));
  button.click();
  const form = await until('the form does not open', () => {
    const found = detail.shadowRoot?.querySelector<MnApplicationForm>('mn-application-form');
    return found && customElements.get('mn-application-form') && found.shadowRoot?.querySelector('form') ? found : undefined;
  });
  const { client, requested, release } = heldClient(reference);
  form.client = client;
  form.draftStorage = memoryStorage();
  form.action = STORY_ACTION;
  await form.updateComplete;
  await fillForm(form);
  await submitForm(form);
  await requested;
  return { button, form, release };
}
