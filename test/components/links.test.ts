import { expect } from '@open-wc/testing';
import { safeLink, safeWebUrl } from '../../src/components/links.js';
import { offerHref } from '../../src/components/offer-card/offer-view.js';
import { makeOffer } from '../fixtures/make-feed.js';

describe('links given directly (components/links.ts)', () => {
  it('keep http(s), mailto and relative links, and refuse other schemes', () => {
    expect(safeWebUrl('https://www.gouv.fr/emploi')).to.equal('https://www.gouv.fr/emploi');
    expect(safeWebUrl('/emploi')).to.equal(undefined);
    expect(safeWebUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeLink(' /candidature-spontanee ')).to.equal('/candidature-spontanee');
    expect(safeLink('mailto:rh@example.gouv.fr')).to.equal('mailto:rh@example.gouv.fr');
    expect(safeLink('data:text/html,x')).to.equal(undefined);
  });

  it('leave out a user name and password, which make a link read as another site', () => {
    expect(safeWebUrl('https://www.gouv.fr:x@evil.example/')).to.equal('https://evil.example/');
    expect(safeLink('https://www.gouv.fr@evil.example/apply')).to.equal('https://evil.example/apply');
    // A card's link from `href-template` too.
    expect(offerHref(makeOffer({ id: 'x1' }), 'https://www.gouv.fr:p@evil.example/offres/{id}')).to.equal('https://evil.example/offres/x1');
    expect(offerHref(makeOffer({ id: 'x1' }), '/offres/{id}')).to.equal(new URL('/offres/x1', document.baseURI).href);
    expect(offerHref(makeOffer({ id: 'x1', url: 'https://metiers.numerique.gouv.fr/x1' }), 'javascript:alert("{id}")')).to.equal('https://metiers.numerique.gouv.fr/x1');
  });
});
