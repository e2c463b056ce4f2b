/**
 * A test double of the application protocol (docs/application-protocol.md), in memory:
 * a `fetch` that answers like the reference endpoint (demo/server/applications.mjs).
 *
 * - Stores each application once per idempotency key; a repeated key with the same
 *   answers replays the same 201, with other answers gets 422 `idempotency-key-reused`.
 * - `next(...)` scripts the following requests: a status (with body and headers),
 *   a raw answer (`{ status, raw }`: an HTML page, an empty body, maybe `redirected`),
 *   `network` (no answer), `lost` (stored, then no answer), `hang` (until aborted),
 *   or `gate` (held until `release()`; an answer given as an object can be `held` too), then back to normal.
 */

export type Behaviour =
  | 'ok'
  | 'network'
  | 'lost'
  | 'hang'
  | 'gate'
  /** An answer of the endpoint; `held`: given only after `release()`, as a slow upload is. */
  | { status: number; body?: unknown; headers?: Record<string, string>; held?: true }
  /** An answer that is not the endpoint's (an HTML page, an empty body), as `fetch` gives it. */
  | { status: number; raw: string; headers?: Record<string, string>; redirected?: boolean };

export interface StoredApplication {
  reference: string;
  key: string;
  fields: Record<string, string | string[]>;
  cv?: { name: string; type: string; size: number };
}

export interface RecordedRequest {
  url: string;
  method: string;
  key: string | null;
  headers: Headers;
  form: FormData;
  credentials?: RequestCredentials;
}

const MULTI = new Set(['trades', 'regions']);

function fieldsOf(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  form.forEach((value, name) => {
    if (typeof value !== 'string') return;
    if (MULTI.has(name)) out[name] = [...((out[name] as string[] | undefined) ?? []), value];
    else out[name] = value;
  });
  return out;
}

async function fingerprint(form: FormData): Promise<string> {
  const parts: string[] = [];
  for (const [name, value] of form) {
    parts.push(name, typeof value === 'string' ? value : `${value.size}:${new Uint8Array(await value.arrayBuffer()).join(',')}`);
  }
  return parts.join('\u0000');
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

export class ProtocolDouble {
  readonly applications: StoredApplication[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly script: Behaviour[] = [];
  private readonly byKey = new Map<string, { print: string; reference: string }>();
  private gates: Array<() => void> = [];
  private counter = 0;

  /** The behaviours of the next requests, in order. */
  next(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  /** Lets the requests held by `gate` go on. */
  release(): void {
    const gates = this.gates;
    this.gates = [];
    gates.forEach((open) => open());
  }

  /** The `fetch` to give to `new ApplicationClient({ fetch })`. */
  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const raw = headers.get('Idempotency-Key');
    const key = raw ? raw.replace(/^"(.*)"$/, '$1') : null;
    const form = init.body instanceof FormData ? init.body : new FormData();
    this.requests.push({ url: String(input), method: init.method ?? 'GET', key, headers, form, credentials: init.credentials });
    const signal = init.signal;
    const behaviour = this.script.shift() ?? 'ok';

    if (behaviour === 'network') throw new TypeError('Failed to fetch');
    const held = behaviour === 'gate' || (typeof behaviour === 'object' && 'held' in behaviour && behaviour.held === true);
    if (behaviour === 'hang' || held) {
      await new Promise<void>((resolve, reject) => {
        const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
        if (held) this.gates.push(resolve);
      });
    }
    if (typeof behaviour === 'object' && 'raw' in behaviour) {
      const response = new Response(behaviour.raw || null, { status: behaviour.status, headers: behaviour.headers });
      if (behaviour.redirected) Object.defineProperty(response, 'redirected', { value: true });
      return response;
    }
    if (typeof behaviour === 'object') return json(behaviour.status, behaviour.body ?? { status: behaviour.status }, behaviour.headers);
    if (!key) return json(400, { code: 'idempotency-key-missing' });

    const print = await fingerprint(form);
    const known = this.byKey.get(key);
    let response: Response;
    if (known) {
      response =
        known.print === print
          ? json(201, { reference: known.reference }, { 'Idempotency-Replayed': 'true' })
          : json(422, { code: 'idempotency-key-reused' });
    } else {
      this.counter += 1;
      const reference = `MN-TEST-${String(this.counter).padStart(4, '0')}`;
      this.byKey.set(key, { print, reference });
      const cv = form.get('cv');
      this.applications.push({
        reference,
        key,
        fields: fieldsOf(form),
        ...(cv instanceof Blob ? { cv: { name: cv instanceof File ? cv.name : '', type: cv.type, size: cv.size } } : {}),
      });
      response = json(201, { reference });
    }
    if (behaviour === 'lost') throw new TypeError('Failed to fetch');
    return response;
  };
}
