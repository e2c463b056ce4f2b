import { expect } from '@open-wc/testing';
import { UrlState } from '../../src/url-state/url-state.js';

describe('UrlState', () => {
  describe("the host page's parameters", () => {
    it('stay exactly as written: no re-encoding, no "=" added', () => {
      const url = new UrlState('mn-', ['q', 'page']);
      const page = 'https://example.org/p?name=a%20b&redirect=/x/y:z&flag&utm=c+d&mn-page=2#top';
      expect(url.href({ q: 'données publiques' }, page)).to.equal(
        'https://example.org/p?name=a%20b&redirect=/x/y:z&flag&utm=c+d&mn-q=donn%C3%A9es+publiques#top',
      );
      expect(url.href({}, 'https://example.org/p?flag&mn-q=x')).to.equal('https://example.org/p?flag');
      expect(url.href({}, 'https://example.org/p?mn-q=x')).to.equal('https://example.org/p');
    });

    it("are told from the element's own even when written encoded or malformed", () => {
      const url = new UrlState('mn-', ['q']);
      expect(url.href({ q: 'b' }, 'https://example.org/?mn%2Dq=a&x=%&&y')).to.equal('https://example.org/?x=%&y&mn-q=b');
    });
  });
});
