import { expect } from '@open-wc/testing';
import {
  ALLOWED_ELEMENTS,
  hasSanitizerApi,
  MAX_HTML_LENGTH,
  MAX_HTML_TAGS,
  sanitizeHtml,
  type SanitizerEngine,
} from '../../../src/sanitize/sanitize.js';
import { countPayloadRuns, HOSTILE_HTML } from '../../fixtures/hostile-html.js';

const allowed = new Set<string>(ALLOWED_ELEMENTS);

/** Two frames: time for any handler, image error or navigation to have fired. */
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function render(html: string, engine: SanitizerEngine = 'auto', headingLevel?: number): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.append(await sanitizeHtml(html, { engine, headingLevel, newWindowHint: 'nouvelle fenêtre' }));
  return box;
}

/** What every output must satisfy, whatever the input. */
function expectSafe(box: HTMLElement): void {
  for (const el of box.querySelectorAll('*')) {
    const name = el.localName;
    const hint = name === 'span' && el.className === 'visually-hidden' && el.parentElement?.localName === 'a';
    expect(allowed.has(name) || hint, `<${name}> is not allowed`).to.equal(true);
    for (const attr of Array.from(el.attributes)) {
      const ok = name === 'a' ? ['href', 'rel', 'target'].includes(attr.name) : hint && attr.name === 'class';
      expect(ok, `attribute ${attr.name} on <${name}>`).to.equal(true);
    }
    if (name === 'a') {
      const url = new URL(el.getAttribute('href') ?? '');
      expect(['http:', 'https:', 'mailto:']).to.include(url.protocol);
      expect(el.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  }
  expect(box.innerHTML).not.to.match(/javascript:|vbscript:|data:|on\w+=|style=|evil\.example/i);
}

describe('sanitizeHtml', () => {
  const hits = countPayloadRuns();

  const engines: SanitizerEngine[] = ['auto', 'dompurify'];
  for (const engine of engines) {
    describe(`with engine "${engine}"`, () => {
      for (const c of HOSTILE_HTML) {
        it(`neutralises: ${c.name}`, async () => {
          const box = await render(c.html, engine);
          document.body.append(box); // live in the page: handlers, loads and styles would apply now
          try {
            await settle();
            expectSafe(box);
            if (c.keeps) expect(box.textContent?.replace(/\s+/g, '')).to.contain(c.keeps);
            expect(hits(), 'payload ran').to.equal(0);
          } finally {
            box.remove();
          }
        });
      }
    });
  }

  it('makes no request for remote content', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    for (const c of HOSTILE_HTML) box.append(await sanitizeHtml(c.html));
    await settle();
    const requested = performance.getEntriesByType('resource').filter((e) => e.name.includes('evil.example'));
    box.remove();
    expect(requested).to.have.length(0);
  });

  it('keeps the allowed structure', async () => {
    const box = await render(
      '<h2>Profil</h2><p>Vous <strong>aimez</strong> <em>coder</em><br>et <b>tester</b> <i>vite</i>.</p><ul><li>un</li></ul><ol><li>deux</li></ol>',
    );
    expect(box.innerHTML).to.equal(
      '<h4>Profil</h4><p>Vous <strong>aimez</strong> <em>coder</em><br>et <b>tester</b> <i>vite</i>.</p><ul><li>un</li></ul><ol><li>deux</li></ol>',
    );
  });

  it('replaces wrappers by their content', async () => {
    const box = await render('<div><span>a</span><table><tr><td>b</td></tr></table><u>c</u></div>');
    expect(box.innerHTML).to.equal('abc');
  });

  it('moves headings under the given level, in order and without gaps', async () => {
    const box = await render('<h1>A</h1><h2>B</h2><h6>C</h6><h2>D</h2>', 'auto', 3);
    expect([...box.children].map((h) => h.localName)).to.deep.equal(['h3', 'h4', 'h5', 'h4']);
    const deep = await render('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4>', 'auto', 5);
    expect([...deep.children].map((h) => h.localName)).to.deep.equal(['h5', 'h6', 'h6', 'h6']);
    const lifted = await render('<h5>A</h5><h6>B</h6>', 'auto', 4);
    expect([...lifted.children].map((h) => h.localName)).to.deep.equal(['h4', 'h5']);
  });

  it('opens web links in a new window, with the hint, and mail links in place', async () => {
    const box = await render('<a href="https://example.org/a b">web</a> <a href="mailto:rh@example.org">mail</a>');
    const [web, mail] = box.querySelectorAll('a');
    expect(web?.getAttribute('href')).to.equal('https://example.org/a%20b');
    expect(web?.getAttribute('target')).to.equal('_blank');
    expect(web?.textContent).to.equal('web (nouvelle fenêtre)');
    expect(mail?.hasAttribute('target')).to.equal(false);
    expect(mail?.textContent).to.equal('mail');
  });

  it('drops copies from mail links and credentials from web links, which could hide where they lead', async () => {
    const box = await render(
      '<a href="mailto:rh@example.org?subject=Candidature%20PO&bcc=spy@evil.example&CC=x@evil.example&%62cc=y@evil.example&body=Bonjour">mail</a> ' +
        '<a href="https://www.gouv.fr:pass@evil.example/offre">web</a> ' +
        '<a href="mailto:rh@example.org?subject=x#&bcc=spy@evil.example">hash</a> <a href="mailto:rh@example.org#?bcc=spy@evil.example">hash</a>',
    );
    const [mail, web, hash1, hash2] = box.querySelectorAll('a');
    expect(mail?.getAttribute('href')).to.equal('mailto:rh@example.org?subject=Candidature%20PO&body=Bonjour');
    expect(web?.getAttribute('href')).to.equal('https://evil.example/offre');
    expect(hash1?.getAttribute('href')).to.equal('mailto:rh@example.org?subject=x');
    expect(hash2?.getAttribute('href')).to.equal('mailto:rh@example.org');
  });

  it('drops bidirectional overrides and isolates from the text, which could make a link say something else than it is', async () => {
    const bidi = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const html =
      '<p>\u202Eoverride</p>' +
      '<p><a href="https://example.org/f">Facture\u202Egnp.exe</a> <b>a\u2066b\u2069c</b> <span>&#x202E;d&#8238;e&#x2067;</span></p>' +
      `<h2>${bidi}Titre</h2><ul><li>\u202Dun\u202C</li></ul><a href="https://example.org/x">${bidi}</a>`;
    const engines: SanitizerEngine[] = hasSanitizerApi() ? ['auto', 'sanitizer-api', 'dompurify'] : ['auto', 'dompurify'];
    for (const engine of engines) {
      const box = await render(html, engine);
      expect(box.textContent, engine).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
      expect(box.innerHTML, engine).to.equal(
        '<p>override</p>' +
          '<p><a href="https://example.org/f" rel="noopener noreferrer" target="_blank">Facturegnp.exe<span class="visually-hidden"> (nouvelle fenêtre)</span></a> <b>abc</b> de</p>' +
          // A link left with no text is no link.
          '<h4>Titre</h4><ul><li>un</li></ul>',
      );
    }
  });

  it('keeps right-to-left text and its marks, which are no override', async () => {
    const box = await render('<p>\u200F\u0645\u0631\u062D\u0628\u0627\u200E 2025 \u061C</p>');
    expect(box.textContent).to.equal('\u200F\u0645\u0631\u062D\u0628\u0627\u200E 2025 \u061C');
  });

  it('repairs lists', async () => {
    const box = await render('<ul><p>x</p><li>y</li></ul><li>z</li>');
    expect(box.innerHTML).to.equal('<ul><li><p>x</p></li><li>y</li></ul><p>z</p>');
  });

  it('caps the length', async () => {
    const box = await render(`<p>${'a'.repeat(MAX_HTML_LENGTH * 2)}</p>`);
    expect(box.textContent?.length).to.be.at.most(MAX_HTML_LENGTH);
  });

  it('caps the number of tags, whose deep nesting browsers parse in quadratic time', async () => {
    for (const engine of ['auto', 'dompurify'] as const) {
      const deep = await render(`<p>début</p>${'<ul><li>x'.repeat(10_000)}`, engine);
      // Past their depth limit (512 in Chromium), browsers nest no deeper, and the list repair adds items: ×2 at most.
      expect(deep.querySelectorAll('*').length, engine).to.be.at.most(2 * MAX_HTML_TAGS);
      expect(deep.firstElementChild?.textContent, engine).to.equal('début');
    }
    // A long, ordinary text is whole.
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraphe <b>${i}</b></p>`).join('');
    expect((await render(paragraphs)).querySelectorAll('p').length).to.equal(300);
  });

  it('does not let open formatting tags multiply into later paragraphs (N × M elements)', async () => {
    const open = Array.from({ length: 300 }, (_, i) => `<b data-x${i}="${i}">`).join('');
    for (const engine of ['auto', 'dompurify'] as const) {
      const box = await render(`<p>${open}${'<p>x'.repeat(300)}`, engine);
      // The parser keeps at most three identical open <b>: without attributes, they are identical.
      expect(box.querySelectorAll('*').length, engine).to.be.below(2_000);
      expect(box.querySelectorAll('p').length, engine).to.be.at.least(300);
    }
  });

  it('returns nodes of the page document', async () => {
    const fragment = await sanitizeHtml('<p>x</p>');
    expect(fragment.ownerDocument).to.equal(document);
    expect(fragment.firstElementChild?.ownerDocument).to.equal(document);
  });

  describe('the two engines', () => {
    before(function () {
      if (!hasSanitizerApi()) this.skip();
    });

    it('give the same output for the whole corpus', async () => {
      for (const c of HOSTILE_HTML) {
        const native = await render(c.html, 'sanitizer-api');
        const purified = await render(c.html, 'dompurify');
        expect(native.innerHTML, c.name).to.equal(purified.innerHTML);
      }
    });
  });

  it('refuses the Sanitizer API engine where there is none', async () => {
    if (hasSanitizerApi()) return;
    let error: unknown;
    try {
      await sanitizeHtml('<p>x</p>', { engine: 'sanitizer-api' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(Error);
  });
});
