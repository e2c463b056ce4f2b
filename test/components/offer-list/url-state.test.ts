import { expect } from '@open-wc/testing';
import { onUrlStateChange, UrlState, urlPrefix } from '../../../src/url-state/url-state.js';

describe('url-state', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', start);
  });

  it('turns an attribute value into a prefix', () => {
    expect(urlPrefix(null)).to.equal(undefined);
    expect(urlPrefix(undefined)).to.equal(undefined);
    expect(urlPrefix('false')).to.equal(undefined);
    expect(urlPrefix('')).to.equal('mn-');
    expect(urlPrefix('true')).to.equal('mn-');
    expect(urlPrefix('paris')).to.equal('paris-');
    expect(urlPrefix('jobs_')).to.equal('jobs_');
    expect(urlPrefix('a b&c=<d>')).to.equal('abcd-');
  });

  it('reads only its own keys behind its prefix', () => {
    const url = new UrlState('mn-', ['q', 'page']);
    const href = 'https://example.org/p?x=1&mn-q=data&mn-page=2&mn-other=3&mn-jobs-q=ops&mn-q=second&q=plain';
    expect(url.read(href)).to.deep.equal({ q: 'data', page: '2' });
    expect(url.read('not a url')).to.deep.equal({});
  });

  it('writes its keys and keeps every other parameter and the hash', () => {
    const url = new UrlState('mn-', ['q', 'page']);
    const out = url.href({ q: 'données publiques', page: '' }, 'https://example.org/p?x=1&mn-page=4&mn-jobs-q=ops#top');
    const parsed = new URL(out);
    expect(parsed.searchParams.get('x')).to.equal('1');
    expect(parsed.searchParams.get('mn-jobs-q')).to.equal('ops');
    expect(parsed.searchParams.get('mn-q')).to.equal('données publiques');
    expect(parsed.searchParams.has('mn-page')).to.equal(false);
    expect(parsed.hash).to.equal('#top');
  });

  it('pushes or replaces history entries, and only when something changed', () => {
    const url = new UrlState('t1-', ['q']);
    // Count the calls: history.length is capped by browsers (50 in Chromium) over a long run.
    const calls: string[] = [];
    const { pushState, replaceState } = history;
    history.pushState = (...args: Parameters<History['pushState']>) => (calls.push('push'), pushState.apply(history, args));
    history.replaceState = (...args: Parameters<History['replaceState']>) => (calls.push('replace'), replaceState.apply(history, args));
    try {
      replaceState.call(history, { router: 'keep me' }, '', start);
      expect(url.write({ q: 'a' }, 'push')).to.equal(true);
      expect(history.state).to.deep.equal({ router: 'keep me' });
      expect(new URL(location.href).searchParams.get('t1-q')).to.equal('a');
      expect(url.write({ q: 'a' }, 'push')).to.equal(false);
      expect(url.write({ q: 'ab' }, 'replace')).to.equal(true);
      expect(calls).to.deep.equal(['push', 'replace']);
      expect(url.matches({ q: 'ab' })).to.equal(true);
    } finally {
      history.pushState = pushState;
      history.replaceState = replaceState;
    }
  });

  it('tells its listeners when the visitor goes back', () => {
    const url = new UrlState('t2-', ['page']);
    const seen: string[] = [];
    const stop = onUrlStateChange(() => seen.push(url.read().page ?? '1'));
    // A same-document "back", without leaving the test page: the lists' own tests go back for real.
    const goBackTo = (page: string) => {
      history.replaceState(history.state, '', url.href({ page }));
      window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    };
    expect(url.write({ page: '3' }, 'push')).to.equal(true);
    goBackTo('2');
    expect(seen).to.deep.equal(['2']);
    stop();
    goBackTo('1');
    expect(seen, 'no call once unsubscribed').to.deep.equal(['2']);
  });
});
