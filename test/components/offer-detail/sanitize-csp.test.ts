// The sanitiser under a strict Content-Security-Policy: hostile offer text is made safe without the page's
// CSP ever being asked about it, so a ministry that collects CSP reports gets none from an offer's text
// (Chromium used to report each event-handler attribute it parsed, even in an inert document).
import { expect, waitUntil } from '@open-wc/testing';
import { hasSanitizerApi, sanitizeHtml, type SanitizerEngine } from '../../../src/sanitize/sanitize.js';
import { HOSTILE_HTML } from '../../fixtures/hostile-html.js';

// The demo's strict policy, as far as a <meta> can carry it and the test runner's own scripts allow;
// inserted at run time, it is enforced from now on in every engine (the first test proves it).
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = [
  "script-src-attr 'none' 'report-sample'",
  "style-src-attr 'none' 'report-sample'",
  "img-src 'self' data:",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
document.head.append(meta);

const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e));

const markers = new WeakSet<EventTarget>();

/** An element with an event-handler attribute, in the page, clicked: a violation the page must report. */
function violateOnPurpose(): HTMLElement {
  const p = document.createElement('p');
  document.body.append(p);
  // Chromium and Firefox report the attribute when it is set, WebKit when the event is dispatched.
  p.setAttribute('onclick', 'void "marker"');
  p.click();
  return p;
}

/**
 * The violations reported while `action` runs. A violation made on purpose afterwards is reported after
 * any earlier one: once it has arrived, every report of `action` has arrived too.
 */
async function reportsDuring(action: () => Promise<void>): Promise<string[]> {
  const from = violations.length;
  await action();
  const marker = violateOnPurpose();
  markers.add(marker);
  try {
    await waitUntil(() => violations.slice(from).some((v) => v.target === marker), 'the violation made on purpose is not reported', {
      timeout: 5000,
    });
  } finally {
    marker.remove();
  }
  return violations
    .slice(from)
    .filter((v) => !markers.has(v.target as EventTarget))
    .map((v) => `${v.effectiveDirective} ${v.blockedURI} ${v.sample}`);
}

describe('sanitizeHtml under a strict CSP', () => {
  it('runs in a page whose CSP is enforced and reported', async () => {
    const handler = violateOnPurpose();
    const styled = document.createElement('p');
    document.body.append(styled);
    styled.setAttribute('style', 'color: red');
    try {
      await waitUntil(
        () =>
          violations.some((v) => v.target === handler && v.effectiveDirective === 'script-src-attr') &&
          violations.some((v) => v.target === styled && v.effectiveDirective === 'style-src-attr'),
        'no violation reported for an event handler or a style attribute in the page',
        { timeout: 5000 },
      );
    } finally {
      handler.remove();
      styled.remove();
    }
  });

  const engines: SanitizerEngine[] = ['sanitizer-api', 'dompurify'];
  for (const engine of engines) {
    describe(`with engine "${engine}"`, () => {
      before(function () {
        if (engine === 'sanitizer-api' && !hasSanitizerApi()) this.skip();
      });

      for (const c of HOSTILE_HTML) {
        it(`reports no violation for: ${c.name}`, async () => {
          const box = document.createElement('div');
          document.body.append(box);
          try {
            const reports = await reportsDuring(async () => {
              box.append(await sanitizeHtml(c.html, { engine, newWindowHint: 'nouvelle fenêtre' }));
            });
            expect(reports.join('; '), 'violations reported').to.equal('');
          } finally {
            box.remove();
          }
        });
      }
    });
  }
});
