import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { sanitizeHtml } from '../../src/sanitize/sanitize.js';

describe('sanitizeHtml with DOMPurify', () => {
  // An application that embeds the elements from npm shares the `dompurify` module with them.
  describe("ignores the host page's own DOMPurify settings", () => {
    afterEach(() => {
      DOMPurify.clearConfig();
      DOMPurify.removeAllHooks();
    });

    it('setConfig', async () => {
      DOMPurify.setConfig({ ADD_TAGS: ['iframe', 'img'], ADD_ATTR: ['onerror', 'style'], KEEP_CONTENT: true });
      const box = document.createElement('div');
      box.append(await sanitizeHtml('<p style="color:red">ok<img src=x onerror="1"></p><iframe src="https://evil.example/"></iframe>', { engine: 'dompurify' }));
      expect(box.innerHTML).to.equal('<p>ok</p>');
    });

    it('hooks', async () => {
      let called = 0;
      DOMPurify.addHook('uponSanitizeElement', () => {
        called += 1;
      });
      const box = document.createElement('div');
      box.append(await sanitizeHtml('<p>ok</p>', { engine: 'dompurify' }));
      expect(box.innerHTML).to.equal('<p>ok</p>');
      expect(called).to.equal(0);
    });
  });
});
