import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../../src/data/normalise.js';
import { FEED_URL, wireFeed, wireOffer } from '../fixtures/feed.js';

/** The title the reader keeps for `title`. */
const titleOf = (title: string): string | undefined => normaliseFeed(wireFeed({ offers: [wireOffer({ title })] }), FEED_URL).offers[0]?.title;

describe('normaliseFeed: soft hyphens', () => {
  it('keeps a soft hyphen inside a word', () => {
    expect(titleOf('Interopéra\u00ADbilité')).to.equal('Interopéra\u00ADbilité');
  });

  it('drops soft hyphens next to a space or at either end (Firefox drew them past a full line)', () => {
    expect(titleOf(`https://example.org/${'a'.repeat(40)} \u00AD`)).to.equal(`https://example.org/${'a'.repeat(40)}`);
    expect(titleOf('\u00ADDéveloppeur\u00AD \u00AD\u00ADfull\u00A0\u00ADstack\u00AD')).to.equal('Développeur full stack');
  });

  it('keeps one of a run inside a word', () => {
    expect(titleOf('Inter\u00AD\u00AD\u00ADopérabilité')).to.equal('Inter\u00ADopérabilité');
  });

  it('drops a text of soft hyphens only, as it drops a blank one', () => {
    const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ title: '\u00AD'.repeat(50) })] }), FEED_URL);
    expect(feed.offers).to.have.length(0);
  });

  it('reads the same in a trade mission (a multi-item list)', () => {
    const feed = normaliseFeed(
      wireFeed({ trades: [{ id: 'dev', name: 'Développeur', family: 'software', missions: ['Coder \u00AD', 'Tes\u00ADter'] }] }),
      FEED_URL,
    );
    expect(feed.trades[0]?.missions).to.deep.equal(['Coder', 'Tes\u00ADter']);
  });
});
