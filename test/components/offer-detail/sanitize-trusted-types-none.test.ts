/** The sanitiser on a page whose Trusted Types allow neither its policy nor DOMPurify's. */
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../../src/sanitize/sanitize.js';
import { turnOnTrustedTypes } from '../../support/trusted-types.js';

describe('sanitizeHtml under Trusted Types that allow neither mn-widgets nor dompurify', () => {
  before(async function () {
    if (!(await turnOnTrustedTypes('lit-html'))) this.skip();
  });

  it('fails with an error that says which policy to allow', async () => {
    let error: unknown;
    try {
      await sanitizeHtml('<p>Mission</p>', { engine: 'dompurify' });
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('must allow "mn-widgets" or "dompurify"');
  });
});
