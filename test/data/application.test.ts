import { expect } from '@open-wc/testing';
import {
  APPLICATION_LIMITS,
  ApplicationClient,
  buildFormData,
  checkCv,
  draftKey,
  emptyValues,
  hasPdfSignature,
  isOutcomeUnknown,
  newIdempotencyKey,
  normaliseLink,
  parseFieldErrors,
  parseRetryAfter,
  readDraft,
  readSent,
  removeDraft,
  sentKey,
  textLength,
  validateApplication,
  validateField,
  writeDraft,
  writeSent,
  type ApplicationData,
  type DraftStorage,
} from '../../src/data/application.js';
import { ProtocolDouble } from '../components/application-form/protocol-double.js';

const pdf = (extra = '', name = 'cv.pdf', type = 'application/pdf') => new File([`%PDF-1.7\n${extra}`], name, { type });

function data(overrides: Partial<ApplicationData> = {}): ApplicationData {
  return {
    ...emptyValues(),
    offerId: 'offer-1',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.fr',
    status: 'contract-worker',
    coverLetter: 'Bonjour',
    consent: true,
    cv: pdf(),
    lang: 'fr',
    ...overrides,
  };
}

const offerForm = { spontaneous: false };
const instant = () => Promise.resolve();

class MemoryStorage implements DraftStorage {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('application data layer', () => {
  describe('validateField', () => {
    it('requires names, email, status, cover letter, CV and consent', () => {
      const empty = { ...emptyValues() };
      expect(validateApplication(empty, offerForm)).to.deep.equal({
        firstName: 'required',
        lastName: 'required',
        email: 'required',
        status: 'required',
        coverLetter: 'required',
        cv: 'required',
        consent: 'required',
      });
    });

    it('accepts a complete application', () => {
      expect(validateApplication(data(), offerForm)).to.deep.equal({});
    });

    it('treats blank text as missing', () => {
      expect(validateField('firstName', { firstName: '   ' }, offerForm)).to.equal('required');
      expect(validateField('coverLetter', { coverLetter: '\n\n' }, offerForm)).to.equal('required');
    });

    it('checks e-mail addresses', () => {
      for (const ok of ['a@b.fr', 'camille.martin+jobs@sous.domaine.gouv.fr']) expect(validateField('email', { email: ok }, offerForm)).to.equal(undefined);
      for (const bad of ['camille', 'camille@', 'camille@example', '@example.fr', 'a b@example.fr', 'a@b..fr']) {
        expect(validateField('email', { email: bad }, offerForm), bad).to.equal('invalid');
      }
      expect(validateField('email', { email: `${'a'.repeat(250)}@b.fr` }, offerForm)).to.equal('too-long');
    });

    it('checks phone numbers, which are optional', () => {
      expect(validateField('phone', { phone: '' }, offerForm)).to.equal(undefined);
      for (const ok of ['06 12 34 56 78', '+33 6 12 34 56 78', '01.23.45.67.89', '(0)1-23-45-67-89']) {
        expect(validateField('phone', { phone: ok }, offerForm), ok).to.equal(undefined);
      }
      for (const bad of ['appelez-moi', '12345', '+33 6 12 34 56 78 90 12 34']) expect(validateField('phone', { phone: bad }, offerForm), bad).to.not.equal(undefined);
    });

    it('checks the status against the list', () => {
      expect(validateField('status', { status: 'student' }, offerForm)).to.equal(undefined);
      expect(validateField('status', { status: 'astronaut' as never }, offerForm)).to.equal('invalid');
    });

    it('limits the cover letter to 5000 characters, a line break counting as one', () => {
      expect(validateField('coverLetter', { coverLetter: 'a'.repeat(5000) }, offerForm)).to.equal(undefined);
      expect(validateField('coverLetter', { coverLetter: 'a'.repeat(5001) }, offerForm)).to.equal('too-long');
      expect(textLength('a\r\nb')).to.equal(3);
      expect(textLength('😀é')).to.equal(2);
      expect(validateField('coverLetter', { coverLetter: '😀'.repeat(5000) }, offerForm)).to.equal(undefined);
    });

    it('accepts links with or without a scheme, http(s) only', () => {
      expect(normaliseLink('linkedin.com/in/camille')).to.equal('https://linkedin.com/in/camille');
      expect(normaliseLink('https://github.com/camille')).to.equal('https://github.com/camille');
      for (const bad of ['javascript:alert(1)', 'ftp://example.fr', 'not a url', 'localhost', 'https://u:p@example.fr']) {
        expect(normaliseLink(bad), bad).to.equal(undefined);
        expect(validateField('portfolio', { portfolio: bad }, offerForm), bad).to.equal('invalid');
      }
      expect(validateField('github', { github: '' }, offerForm)).to.equal(undefined);
    });

    it('requires a trade for spontaneous applications only', () => {
      expect(validateField('trades', { trades: [] }, { spontaneous: true })).to.equal('required');
      expect(validateField('trades', { trades: ['dev'] }, { spontaneous: true })).to.equal(undefined);
      expect(validateField('trades', { trades: [] }, offerForm)).to.equal(undefined);
      expect(validateField('regions', { regions: [] }, { spontaneous: true })).to.equal(undefined);
    });
  });

  describe('checkCv', () => {
    it('accepts a PDF by type and signature', async () => {
      expect(await checkCv(pdf())).to.equal(undefined);
      // no type, but a .pdf name and the signature
      expect(await checkCv(pdf('', 'CV.PDF', ''))).to.equal(undefined);
    });

    it('refuses other types, even with a .pdf name', async () => {
      expect(await checkCv(new File(['GIF89a'], 'cv.png', { type: 'image/png' }))).to.equal('file-type');
      expect(await checkCv(pdf('', 'cv.pdf', 'image/png'))).to.equal('file-type');
      expect(await checkCv(pdf('', 'cv.docx', ''))).to.equal('file-type');
    });

    it('refuses a "PDF" without the %PDF- signature', async () => {
      expect(await checkCv(new File(['<html>not a pdf</html>'], 'cv.pdf', { type: 'application/pdf' }))).to.equal('file-type');
      expect(hasPdfSignature(new TextEncoder().encode(`${' '.repeat(1100)}%PDF-`))).to.equal(false);
      expect(hasPdfSignature(new TextEncoder().encode(`\uFEFF%PDF-1.4`))).to.equal(true);
    });

    it('refuses empty files and files over 5 MB', async () => {
      expect(await checkCv(new File([], 'cv.pdf', { type: 'application/pdf' }))).to.equal('required');
      expect(await checkCv(undefined)).to.equal('required');
      const big = new File(['%PDF-1.7\n', new Uint8Array(APPLICATION_LIMITS.cvBytes)], 'cv.pdf', { type: 'application/pdf' });
      expect(await checkCv(big)).to.equal('file-size');
    });

    it('says `file-unreadable`, without rejecting, for a file that can no longer be read', async () => {
      for (const name of ['NotFoundError', 'NotReadableError']) {
        const gone = pdf();
        Object.defineProperty(gone, 'slice', {
          value: () => ({ arrayBuffer: () => Promise.reject(new DOMException('The file could not be read.', name)) }),
        });
        expect(await checkCv(gone), name).to.equal('file-unreadable');
      }
      const throwing = pdf();
      Object.defineProperty(throwing, 'slice', {
        value: () => {
          throw new TypeError('gone');
        },
      });
      expect(await checkCv(throwing)).to.equal('file-unreadable');
    });
  });

  describe('buildFormData', () => {
    it('uses the protocol names and leaves empty optional fields out', () => {
      const form = buildFormData(data({ linkedin: 'linkedin.com/in/camille', phone: '  ' }));
      expect(form.get('offerId')).to.equal('offer-1');
      expect(form.get('firstName')).to.equal('Camille');
      expect(form.get('status')).to.equal('contract-worker');
      expect(form.get('consent')).to.equal('true');
      expect(form.get('linkedin')).to.equal('https://linkedin.com/in/camille');
      expect(form.has('phone')).to.equal(false);
      expect(form.has('github')).to.equal(false);
      expect(form.get('website')).to.equal('');
      expect(form.get('lang')).to.equal('fr');
      const cv = form.get('cv') as File;
      expect(cv.name).to.equal('cv.pdf');
      expect(cv.type).to.equal('application/pdf');
      expect(form.has('trades')).to.equal(false);
    });

    it('sends trades and régions for a spontaneous application', () => {
      const form = buildFormData(data({ offerId: undefined, trades: ['a', 'b'], regions: ['53'] }));
      expect(form.has('offerId')).to.equal(false);
      expect(form.getAll('trades')).to.deep.equal(['a', 'b']);
      expect(form.getAll('regions')).to.deep.equal(['53']);
    });
  });

  describe('newIdempotencyKey', () => {
    it('gives distinct UUID v4', () => {
      const a = newIdempotencyKey();
      expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newIdempotencyKey()).to.not.equal(a);
    });
  });

  describe('parseRetryAfter and parseFieldErrors', () => {
    it('reads seconds and HTTP dates', () => {
      expect(parseRetryAfter('3')).to.equal(3000);
      expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).to.equal(6000);
      expect(parseRetryAfter(null)).to.equal(undefined);
      expect(parseRetryAfter('soon')).to.equal(undefined);
    });

    it('reads only whole seconds or a real HTTP date: no number is taken for a date', () => {
      const now = Date.UTC(2030, 0, 1);
      // A decimal is rounded up to the next second; a negative value or junk is not read (the caller's default wait).
      expect(parseRetryAfter('1.5', now)).to.equal(2000);
      expect(parseRetryAfter('0.2', now)).to.equal(1000);
      expect(parseRetryAfter('2.0', now)).to.equal(2000);
      expect(parseRetryAfter(' 7 ', now)).to.equal(7000);
      expect(parseRetryAfter('0', now)).to.equal(0);
      for (const junk of ['-1', '-0.5', '+3', '1e3', '1.', '.5', '3 s', '1,5', '2001-01-01', '12/31', 'Infinity', 'NaN']) {
        expect(parseRetryAfter(junk, now), junk).to.equal(undefined);
      }
      // The three forms of an HTTP date (RFC 9110 5.6.7), in GMT; a past date is no wait.
      expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).to.equal(30_000);
      expect(parseRetryAfter('Tuesday, 01-Jan-30 00:00:30 GMT', now)).to.equal(30_000);
      expect(parseRetryAfter('Tue Jan  1 00:00:30 2030', now)).to.equal(30_000);
      expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).to.equal(0);
      expect(parseRetryAfter('Tue Jan 1 00:00:30 2030', now), 'one space').to.equal(30_000);
      expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now), '1994, not 2094').to.equal(0);
      expect(parseRetryAfter('Tue, 31 Feb 2030 00:00:30 GMT', now), 'no such day').to.equal(undefined);
      // What `Date.parse` takes but is not an HTTP date.
      for (const junk of ['2030-01-01T00:00:30Z', 'Jan 1 2030', 'tomorrow 10:00', 'Tue, 01 Jan 2030']) {
        expect(parseRetryAfter(junk, now), junk).to.equal(undefined);
      }
    });

    it('reads both list and map forms, tolerantly', () => {
      expect(parseFieldErrors([{ field: 'email', code: 'invalid' }, { field: 'cv' }, 'junk', { code: 'x' }])).to.deep.equal([
        { field: 'email', code: 'invalid' },
        { field: 'cv', code: 'invalid' },
      ]);
      expect(parseFieldErrors({ email: ['invalid'], phone: 'too-long' })).to.deep.equal([
        { field: 'email', code: 'invalid' },
        { field: 'phone', code: 'too-long' },
      ]);
      expect(parseFieldErrors('nope')).to.deep.equal([]);
      expect(parseFieldErrors(Array.from({ length: 80 }, () => ({ field: 'f', code: 'c' })))).to.have.length(50);
    });
  });

  describe('ApplicationClient', () => {
    const action = 'https://platform.example/api/applications';

    it('POSTs multipart data with the idempotency key, without credentials, and reads the reference', async () => {
      const double = new ProtocolDouble();
      const client = new ApplicationClient({ fetch: double.fetch });
      const result = await client.submit(action, data(), { idempotencyKey: 'key-1' });
      expect(result).to.deep.equal({ kind: 'created', reference: 'MN-TEST-0001' });
      const [req] = double.requests;
      expect(req.method).to.equal('POST');
      expect(req.url).to.equal(action);
      expect(req.headers.get('Idempotency-Key')).to.equal('"key-1"');
      expect(req.credentials).to.equal('omit');
      expect(req.form.get('email')).to.equal('camille.martin@example.fr');
      expect(req.url).to.not.include('camille');
    });

    it('reads 422 field errors and 409/413 answers', async () => {
      const double = new ProtocolDouble().next(
        { status: 422, body: { code: 'invalid', errors: [{ field: 'email', code: 'invalid' }] } },
        { status: 400, body: 'not json' },
        { status: 409, body: { code: 'duplicate' } },
        { status: 413 },
        { status: 422, body: { code: 'idempotency-key-reused' } },
      );
      const client = new ApplicationClient({ fetch: double.fetch });
      const submit = () => client.submit(action, data(), { idempotencyKey: 'k' });
      expect(await submit()).to.deep.equal({ kind: 'invalid', fieldErrors: [{ field: 'email', code: 'invalid' }] });
      expect(await submit()).to.deep.equal({ kind: 'invalid', fieldErrors: [] });
      expect(await submit()).to.deep.equal({ kind: 'duplicate' });
      expect(await submit()).to.deep.equal({ kind: 'too-large' });
      expect(await submit()).to.deep.equal({ kind: 'key-reused' });
      expect(double.applications).to.have.length(0);
    });

    it('gives 5xx and network failures as outcomes to retry', async () => {
      const double = new ProtocolDouble().next({ status: 503 }, 'network');
      const client = new ApplicationClient({ fetch: double.fetch });
      const first = await client.submit(action, data(), { idempotencyKey: 'k' });
      const second = await client.submit(action, data(), { idempotencyKey: 'k' });
      expect(first).to.deep.equal({ kind: 'server', status: 503 });
      expect(second).to.deep.equal({ kind: 'network' });
      expect(isOutcomeUnknown(first) && isOutcomeUnknown(second)).to.equal(true);
      expect(isOutcomeUnknown({ kind: 'invalid', fieldErrors: [] })).to.equal(false);
    });

    it('stores once when the answer is lost and the retry uses the same key', async () => {
      const double = new ProtocolDouble().next('lost');
      const client = new ApplicationClient({ fetch: double.fetch });
      expect(await client.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'network' });
      expect(await client.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'created', reference: 'MN-TEST-0001' });
      expect(double.applications).to.have.length(1);
    });

    it('times out', async () => {
      const double = new ProtocolDouble().next('hang');
      const client = new ApplicationClient({ fetch: double.fetch, timeoutMs: 20 });
      expect(await client.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'timeout' });
    });

    it('is aborted by the caller', async () => {
      const double = new ProtocolDouble().next('hang');
      const controller = new AbortController();
      const client = new ApplicationClient({ fetch: double.fetch });
      const pending = client.submit(action, data(), { idempotencyKey: 'k', signal: controller.signal });
      controller.abort();
      expect(await pending).to.deep.equal({ kind: 'aborted' });
    });

    it('waits out a 429 as told and retries with the same key', async () => {
      const double = new ProtocolDouble().next({ status: 429, headers: { 'Retry-After': '2' } });
      const waits: number[] = [];
      const slept: number[] = [];
      const client = new ApplicationClient({ fetch: double.fetch, sleep: (ms) => (slept.push(ms), instant()) });
      const result = await client.submit(action, data(), { idempotencyKey: 'k', onWait: (ms) => waits.push(ms) });
      expect(result.kind).to.equal('created');
      expect(waits).to.deep.equal([2000]);
      expect(slept).to.deep.equal([2000]);
      expect(double.requests.map((r) => r.key)).to.deep.equal(['k', 'k']);
    });

    it('waits the default 5 s for a Retry-After it cannot read, and rounds a decimal one up', async () => {
      const double = new ProtocolDouble().next(
        { status: 429, headers: { 'Retry-After': '-1' } },
        { status: 429, headers: { 'Retry-After': '1.5' } },
      );
      const waits: number[] = [];
      const client = new ApplicationClient({ fetch: double.fetch, sleep: instant });
      const result = await client.submit(action, data(), { idempotencyKey: 'k', onWait: (ms) => waits.push(ms) });
      expect(result.kind).to.equal('created');
      expect(waits).to.deep.equal([5000, 2000]);
    });

    it('waits for a request in progress (409 in-progress) the same way', async () => {
      const double = new ProtocolDouble().next({ status: 409, body: { code: 'in-progress' }, headers: { 'Retry-After': '1' } });
      const client = new ApplicationClient({ fetch: double.fetch, sleep: instant });
      expect((await client.submit(action, data(), { idempotencyKey: 'k' })).kind).to.equal('created');
    });

    it('gives up after the retries, or at once when the wait is too long', async () => {
      const tooMany = new ProtocolDouble().next(...Array.from({ length: 3 }, () => ({ status: 429, headers: { 'Retry-After': '1' } })));
      const client = new ApplicationClient({ fetch: tooMany.fetch, sleep: instant, maxRetries: 2 });
      expect(await client.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'rate-limited', retryAfterMs: 1000 });
      expect(tooMany.requests).to.have.length(3);

      const long = new ProtocolDouble().next({ status: 429, headers: { 'Retry-After': '120' } });
      const client2 = new ApplicationClient({ fetch: long.fetch, sleep: instant });
      expect(await client2.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'rate-limited', retryAfterMs: 120_000 });
      expect(long.requests).to.have.length(1);
    });

    it('accepts a 2xx without a reference', async () => {
      const double = new ProtocolDouble().next({ status: 202, body: {} }, { status: 204, raw: '' });
      const client = new ApplicationClient({ fetch: double.fetch });
      expect(await client.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'created' });
      expect(await client.submit(action, data(), { idempotencyKey: 'k' })).to.deep.equal({ kind: 'created' });
    });

    it('does not take a 2xx that is not the endpoint’s answer for a success (login page, captive portal)', async () => {
      const html = { 'Content-Type': 'text/html' };
      const double = new ProtocolDouble().next(
        { status: 200, raw: '<!doctype html><title>Connexion</title><form>…</form>', headers: html, redirected: true },
        { status: 200, raw: '<html><body>Portail Wi-Fi</body></html>', headers: html },
        { status: 200, raw: '', redirected: true },
        { status: 201, raw: '"MN-1"', headers: { 'Content-Type': 'application/json' } },
      );
      const client = new ApplicationClient({ fetch: double.fetch });
      for (let i = 0; i < 4; i++) {
        const result = await client.submit(action, data(), { idempotencyKey: 'k' });
        expect(result.kind, `answer ${i + 1}`).to.equal('unexpected');
        expect(isOutcomeUnknown(result), `answer ${i + 1}`).to.equal(true);
      }
    });
  });

  describe('drafts', () => {
    it('writes, reads and removes a draft per offer', () => {
      const storage = new MemoryStorage();
      const values = { ...emptyValues(), firstName: 'Camille', trades: ['dev'], consent: true };
      writeDraft(storage, draftKey('offer-1'), { savedAt: 42, values, idempotencyKey: 'abc' });
      expect(draftKey(undefined)).to.equal('mn-widgets:draft:spontaneous');
      expect(readDraft(storage, 'mn-widgets:draft:offer-1')).to.deep.equal({ savedAt: 42, values, idempotencyKey: 'abc' });
      removeDraft(storage, draftKey('offer-1'));
      expect(readDraft(storage, draftKey('offer-1'))).to.equal(undefined);
    });

    it('ignores unreadable drafts and cleans odd values', () => {
      const storage = new MemoryStorage();
      storage.setItem('a', '{oops');
      storage.setItem('b', JSON.stringify({ v: 2, savedAt: 1, values: {} }));
      storage.setItem('c', JSON.stringify({ v: 1, savedAt: 1, values: { firstName: 3, status: 'astronaut', trades: ['x', 4, 'x'], consent: 'yes' }, idempotencyKey: 'a b' }));
      expect(readDraft(storage, 'a')).to.equal(undefined);
      expect(readDraft(storage, 'b')).to.equal(undefined);
      const c = readDraft(storage, 'c');
      expect(c?.values.firstName).to.equal('');
      expect(c?.values.status).to.equal('');
      expect(c?.values.trades).to.deep.equal(['x']);
      expect(c?.values.consent).to.equal(false);
      expect(c?.idempotencyKey).to.equal(undefined);
      expect(readDraft(null, 'a')).to.equal(undefined);
    });

    it('survives a storage that refuses', () => {
      const refusing: DraftStorage = {
        getItem: () => {
          throw new DOMException('no', 'SecurityError');
        },
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: () => {
          throw new DOMException('no', 'SecurityError');
        },
      };
      expect(() => writeDraft(refusing, 'k', { savedAt: 1, values: emptyValues() })).to.not.throw();
      expect(readDraft(refusing, 'k')).to.equal(undefined);
      expect(() => removeDraft(refusing, 'k')).to.not.throw();
      expect(() => writeSent(refusing, 'k', { sentAt: 1 })).to.not.throw();
      expect(readSent(refusing, 'k')).to.equal(undefined);
    });
  });

  describe('applications sent', () => {
    it('writes and reads the date and reference of an application sent, per offer, beside the drafts', () => {
      const storage = new MemoryStorage();
      expect(sentKey('offer-1')).to.equal('mn-widgets:sent:offer-1');
      expect(sentKey(undefined)).to.equal('mn-widgets:sent:spontaneous');
      writeSent(storage, sentKey('offer-1'), { sentAt: 42, reference: 'MN-7K3F-9Q2P' });
      writeSent(storage, sentKey(undefined), { sentAt: 43 });
      expect(JSON.parse(storage.getItem('mn-widgets:sent:offer-1') ?? '')).to.deep.equal({ v: 1, sentAt: 42, reference: 'MN-7K3F-9Q2P' });
      expect(readSent(storage, sentKey('offer-1'))).to.deep.equal({ sentAt: 42, reference: 'MN-7K3F-9Q2P' });
      expect(readSent(storage, sentKey(undefined))).to.deep.equal({ sentAt: 43 });
      // Known to the platform, on a day the form does not know.
      // A reference the notice would not show is not stored either.
      writeSent(storage, sentKey('offer-8'), { sentAt: 44, reference: 'MN\u0007X' });
      expect(JSON.parse(storage.getItem('mn-widgets:sent:offer-8') ?? '')).to.deep.equal({ v: 1, sentAt: 44 });
      writeSent(storage, sentKey('offer-9'), {});
      expect(JSON.parse(storage.getItem('mn-widgets:sent:offer-9') ?? '')).to.deep.equal({ v: 1 });
      expect(readSent(storage, sentKey('offer-9'))).to.deep.equal({});
      expect(readSent(storage, sentKey('offer-2'))).to.equal(undefined);
      expect(readSent(null, sentKey('offer-1'))).to.equal(undefined);
      expect(() => writeSent(null, sentKey('offer-1'), { sentAt: 1 })).to.not.throw();
    });

    it('ignores unreadable records, and references that are not short plain text', () => {
      const storage = new MemoryStorage();
      storage.setItem('a', '{oops');
      storage.setItem('b', JSON.stringify({ v: 2, sentAt: 1 }));
      storage.setItem('c', JSON.stringify({ v: 1, sentAt: 'yesterday' }));
      storage.setItem('d', JSON.stringify({ v: 1, sentAt: -5 }));
      storage.setItem('e', JSON.stringify({ v: 1, sentAt: 7, reference: 'MN\u0007X' }));
      storage.setItem('f', JSON.stringify({ v: 1, sentAt: 7, reference: 'x'.repeat(101) }));
      storage.setItem('g', JSON.stringify({ v: 1, sentAt: 7, reference: 12 }));
      storage.setItem('h', JSON.stringify({ v: 1, sentAt: 7, reference: '  MN-1  ' }));
      for (const key of ['a', 'b', 'c', 'd']) expect(readSent(storage, key), key).to.equal(undefined);
      for (const key of ['e', 'f', 'g']) expect(readSent(storage, key), key).to.deep.equal({ sentAt: 7 });
      expect(readSent(storage, 'h')).to.deep.equal({ sentAt: 7, reference: 'MN-1' });
    });
  });
});
