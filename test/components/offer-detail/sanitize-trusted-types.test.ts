/** The sanitiser on a page that enforces Trusted Types and allows its policy, `mn-widgets`. */
import { expect, oneEvent } from '@open-wc/testing';
import { hasSanitizerApi, sanitizeHtml, type SanitizerEngine } from '../../../src/sanitize/sanitize.js';
import { trustedTypesEnforced, turnOnTrustedTypes } from '../../support/trusted-types.js';

const HOSTILE = '<p onclick="alert(1)">Mission <img src=x onerror=alert(1)><b>clé</b></p><script>alert(1)</script><p style="color: red">Profil</p>';

async function render(html: string, engine: SanitizerEngine): Promise<string> {
  const box = document.createElement('div');
  box.append(await sanitizeHtml(html, { engine }));
  return box.innerHTML;
}

describe('sanitizeHtml under Trusted Types, its policy allowed', () => {
  const violations: SecurityPolicyViolationEvent[] = [];
  const record = (e: SecurityPolicyViolationEvent) => violations.push(e);
  before(async function () {
    if (!(await turnOnTrustedTypes('lit-html dompurify mn-widgets'))) this.skip();
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));

  for (const engine of ['dompurify', 'sanitizer-api'] as const) {
    it(`shows the safe part of the text, with no violation (${engine})`, async function () {
      if (engine === 'sanitizer-api' && !hasSanitizerApi()) this.skip();
      violations.length = 0;
      expect(await render(HOSTILE, engine)).to.equal('<p>Mission <b>clé</b></p><p>Profil</p>');
      // Reports come in later tasks: one made on purpose, once it arrives, follows any the sanitiser caused.
      const sentinel = oneEvent(document, 'securitypolicyviolation');
      trustedTypesEnforced();
      await sentinel;
      expect(violations.length, 'violations besides the one made on purpose').to.equal(1);
    });
  }
});
