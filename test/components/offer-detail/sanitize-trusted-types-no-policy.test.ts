/** The sanitiser on a page that enforces Trusted Types but does not allow its policy `mn-widgets`. */
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../../src/sanitize/sanitize.js';
import { turnOnTrustedTypes } from '../../support/trusted-types.js';

describe('sanitizeHtml under Trusted Types, without its policy', () => {
  before(async function () {
    if (!(await turnOnTrustedTypes('lit-html dompurify'))) this.skip();
  });

  it('lets DOMPurify parse the text itself, through its own policy', async () => {
    const box = document.createElement('div');
    box.append(await sanitizeHtml('<p onclick="alert(1)">Mission <img src=x onerror=alert(1)><b>clé</b></p>', { engine: 'dompurify' }));
    expect(box.innerHTML).to.equal('<p>Mission <b>clé</b></p>');
  });
});
