/**
 * The JSON-LD of `seo` on a page that enforces Trusted Types (as the demo does with `--trusted-types`): a
 * script's text may only be a TrustedScript there, and the element has no policy for it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import type { MnLoadEvent } from '../../../src/events/mn-load.js';
import { turnOnTrustedTypes } from '../../support/trusted-types.js';
import { makeTestDocument, makeTestOffer, NOW } from '../offer-card/fixtures.js';

const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e));

let markers = 0;

/**
 * The violations reported while `action` runs. One made on purpose afterwards is reported after any earlier
 * one: once it has arrived, every report of `action` has arrived too.
 */
async function reportsDuring(action: () => Promise<void>): Promise<string[]> {
  const from = violations.length;
  await action();
  const marker = `mn-marker-${++markers}`;
  expect(() => {
    document.createElement('div').innerHTML = marker;
  }).to.throw(TypeError);
  await waitUntil(() => violations.slice(from).some((v) => v.sample.includes(marker)), 'the violation made on purpose is not reported', {
    timeout: 5000,
  });
  return violations
    .slice(from)
    .filter((v) => !v.sample.includes(marker))
    .map((v) => `${v.effectiveDirective} ${v.sample}`);
}

const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('<mn-offer-detail seo> under Trusted Types', () => {
  before(async function () {
    // The policies the page allows: Lit's, DOMPurify's and the sanitiser's; none for the JSON-LD.
    if (!(await turnOnTrustedTypes('lit-html dompurify mn-widgets'))) this.skip();
  });

  afterEach(() => {
    for (const script of jsonLdScripts()) script.remove();
  });

  it('adds the JobPosting to the head, fires mn-load, and makes no violation', async () => {
    const { feed, offer } = makeTestOffer();
    let el: MnOfferDetail | undefined;
    let load: MnLoadEvent | undefined;
    const reports = await reportsDuring(async () => {
      const loaded = oneEvent(document, 'mn-load') as Promise<MnLoadEvent>;
      el = await fixture<MnOfferDetail>(
        html`<mn-offer-detail seo .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
      );
      load = await loaded;
    });
    expect(load?.count).to.equal(1);
    const scripts = jsonLdScripts();
    expect(scripts).to.have.length(1);
    const text = scripts[0]?.textContent ?? '';
    // Chromium and WebKit check a script's text when they prepare it, so they report nothing here. Firefox also
    // reports each change of a script's text that no policy made, in a data block too (without blocking it):
    // there, only reports of this script's own text are expected.
    const prefix = 'require-trusted-types-for HTMLScriptElement text|';
    const ownText = (report: string) => report.startsWith(prefix) && text.startsWith(report.slice(prefix.length));
    const unexpected = navigator.userAgent.includes('Firefox/') ? reports.filter((r) => !ownText(r)) : reports;
    expect(unexpected).to.deep.equal([]);

    expect(scripts[0]?.dataset.mnOffer).to.equal('offer-1');
    const data = JSON.parse(text);
    expect(data['@type']).to.equal('JobPosting');
    expect(data.title).to.equal('Développeuse ou développeur full-stack');
    expect(data.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'Direction interministérielle du numérique', value: 'offer-1' });
    expect(data.description).to.contain('<h2>Mission</h2><p>Construire des services publics numériques.</p>');
    expect(el?.shadowRoot?.querySelector('[part=title]')?.textContent?.trim()).to.equal(offer.title);
  });
});
