import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { feminine, fold, MAX_QUERY_TERMS, queryTerms, tokenize } from '../../src/data/text.js';

describe('text', () => {
  describe('fold', () => {
    it('lower-cases and removes diacritics', () => {
      expect(fold('Ingénieure SÉCURITÉ à Besançon, Île-de-France, Noël, où')).to.equal(
        'ingenieure securite a besancon, ile-de-france, noel, ou',
      );
    });

    it('spells out ligatures and undecomposable letters', () => {
      expect(fold('Maîtrise d’Œuvre, cœur, Æsir, ß, Øresund, Łódź')).to.equal('maitrise d’oeuvre, coeur, aesir, ss, oresund, lodz');
    });

    it('unifies compatibility forms', () => {
      expect(fold('ﬁchier ＡＰＩ ²')).to.equal('fichier api 2');
      expect(fold('ℌ')).to.equal('h');
    });

    it('removes combining marks of decomposed text', () => {
      expect(fold('De\u0301veloppeur')).to.equal('developpeur');
    });

    it('drops characters that show nothing inside a word', () => {
      expect(fold('front\u00adend dev\u200bops da\u200cta da\u200dta ma\u2060il \ufeffcloud le\u200ern ai\u200fx')).to.equal(
        'frontend devops data data mail cloud lern aix',
      );
    });

    it('keeps punctuation and other scripts', () => {
      expect(fold('C++ / C# · node.js')).to.equal('c++ / c# · node.js');
      expect(fold('Ελλάδα Москва')).to.equal('ελλαδα москва');
    });

    it('is idempotent, whatever the input', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => fold(fold(s)) === fold(s)),
        { numRuns: 500 },
      );
    });
  });

  describe('tokenize', () => {
    it('cuts folded words on spaces and punctuation', () => {
      expect(tokenize('Chef de projet (H/F) – Paris, 2024')).to.deep.equal(['chef', 'de', 'projet', 'h', 'f', 'paris', '2024']);
    });

    it('also gives the compound of hyphenated words, whatever the hyphen', () => {
      expect(tokenize('Développeur front-end')).to.deep.equal(['developpeur', 'front', 'end', 'frontend']);
      expect(tokenize('Full‑stack (U+2011), back‐end (U+2010)')).to.deep.equal([
        'full', 'stack', 'fullstack', 'u', '2011', 'back', 'end', 'backend', 'u', '2010',
      ]);
      // Every run of 2 to 4 words, wherever it starts: "frontend" finds "Lead-dev-front-end".
      // (Only which words the index gets matters, not their order.)
      expect(tokenize('Lead-dev-front-end')).to.have.members([
        'lead', 'dev', 'leaddev', 'front', 'devfront', 'leaddevfront', 'end', 'frontend', 'devfrontend', 'leaddevfrontend',
      ]);
      // No run that starts or ends with a stop word: "loiret" is not a word of "Loir-et-Cher".
      expect(tokenize('Île-de-France')).to.deep.equal(['ile', 'de', 'france', 'iledefrance']);
      expect(tokenize('Loir-et-Cher')).to.deep.equal(['loir', 'et', 'cher', 'loiretcher']);
      // At most 4 words: a hostile chain must not make the index grow with its square.
      expect(tokenize('u1-u2-u3-u4-u5')).to.have.members([
        'u1', 'u2', 'u1u2', 'u3', 'u2u3', 'u1u2u3', 'u4', 'u3u4', 'u2u3u4', 'u1u2u3u4', 'u5', 'u4u5', 'u3u4u5', 'u2u3u4u5',
      ]);
      const chain = Array.from({ length: 2000 }, () => 'mot').join('-');
      expect(tokenize(chain).join('').length).to.be.lessThan(8 * chain.length);
      // Not across a blank, a dash or a double hyphen.
      expect(tokenize('front - end, front–end, front--end')).to.deep.equal(['front', 'end', 'front', 'end', 'front', 'end']);
    });

    it('reads plural inclusive endings ("ingénieur·es", "développeur·ses")', () => {
      expect(tokenize('Ingénieur·es')).to.deep.equal(['ingenieur', 'ingenieure']);
      expect(tokenize('Développeur·ses, Administrateur-rices')).to.deep.equal(['developpeur', 'developpeuse', 'administrateur', 'administratrice']);
    });

    it('gives both words of an inclusive form with a middle dot', () => {
      expect(tokenize('Développeur·se')).to.deep.equal(['developpeur', 'developpeuse']);
      expect(tokenize('Ingénieur·e·s DevOps')).to.deep.equal(['ingenieur', 'ingenieure', 'devops']);
      expect(tokenize('Administrateur•rice')).to.deep.equal(['administrateur', 'administratrice']);
    });

    it('reads inclusive endings written with a hyphen at the end of a word, not inside a compound', () => {
      expect(tokenize('Développeur-euse')).to.deep.equal(['developpeur', 'developpeuse']);
      expect(tokenize('Administrateur-rice système')).to.deep.equal(['administrateur', 'administratrice', 'systeme']);
      expect(tokenize('Ingénieur-e-s')).to.deep.equal(['ingenieur', 'ingenieure']);
      expect(tokenize('professionnel-le')).to.deep.equal(['professionnel', 'professionnelle']);
      expect(tokenize('Villeneuve-le-Roi')).to.deep.equal(['villeneuve', 'le', 'roi', 'villeneuveleroi']);
      // Not after a short word: names and codes ("Java-SE", "Bac-S") more often than inclusive writing.
      expect(tokenize('Java-SE')).to.deep.equal(['java', 'se', 'javase']);
      // A hostile chain of endings is read in one pass (reading ahead from each hyphen took minutes).
      expect(tokenize(`developpeur${'-e'.repeat(50_000)}`)).to.have.length.below(250_000);
      expect(queryTerms(`a${'-e'.repeat(50_000)}-zz`)).to.have.length.at.most(MAX_QUERY_TERMS);
      expect(queryTerms('développeur-euse')).to.deep.equal([['developpeur', 'developpeuse']]);
    });

    it('reads inclusive forms written with a full stop or parentheses', () => {
      expect(tokenize('ingénieur.e.s')).to.deep.equal(['ingenieur', 'ingenieure']);
      expect(tokenize('Technicien(ne) support')).to.deep.equal(['technicien', 'technicienne', 'support']);
      expect(tokenize('Développeur(se)s')).to.deep.equal(['developpeur', 'developpeuse', 's']);
    });

    it('does not mistake a dotted name for an inclusive form', () => {
      // A dot between letters joins a compound, as a hyphen does: "nodejs" finds "Node.js".
      expect(tokenize('node.js et Vue.js')).to.deep.equal(['node', 'js', 'nodejs', 'et', 'vue', 'js', 'vuejs']);
      expect(tokenize('ASP.NET, Bac+3.5')).to.deep.equal(['asp', 'net', 'aspnet', 'bac', '3', '5']);
      expect(tokenize('chef·(x)')).to.deep.equal(['chef', 'x']);
      expect(tokenize('chef·')).to.deep.equal(['chef']);
      expect(tokenize('chef.e2')).to.deep.equal(['chef', 'e2', 'chefe2']);
    });

    it('drops elided articles, with either apostrophe', () => {
      expect(tokenize('l’équipe d\'Azur qu’il jusqu’à')).to.deep.equal(['equipe', 'azur', 'il', 'a']);
      expect(tokenize('aujourd’hui')).to.deep.equal(['aujourd', 'hui']);
      expect(tokenize("l' espace")).to.deep.equal(['l', 'espace']);
    });

    it('keeps C++ and C# whole but cuts Bac+5', () => {
      expect(tokenize('C++, C#, F# et Bac+5')).to.deep.equal(['c++', 'c#', 'f#', 'et', 'bac', '5']);
    });

    it('keeps letters beyond the BMP and drops emoji', () => {
      expect(tokenize('𝐃𝐞𝐯 🚀 ops')).to.deep.equal(['dev', 'ops']);
      expect(tokenize('𠀀x')).to.deep.equal(['𠀀x']);
    });

    it('gives nothing for empty or punctuation-only text', () => {
      expect(tokenize('')).to.deep.equal([]);
      expect(tokenize(' ·/—… ')).to.deep.equal([]);
    });

    it('folds compatibility ideographs next to full-width punctuation (a JavaScriptCore regex bug)', () => {
      expect(tokenize('\uF900\uFF01')).to.deep.equal(['\u8C48']);
      expect(fold('\uF900\uFF01')).to.equal('\u8C48!');
    });

    it('gives folded, non-empty words for any input', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) =>
          tokenize(s).every((w) => w.length > 0 && fold(w) === w && !/\s/.test(w)),
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('feminine', () => {
    const cases: [string, string, string][] = [
      ['developpeur', 'se', 'developpeuse'],
      ['developpeur', 'euse', 'developpeuse'],
      ['administrateur', 'rice', 'administratrice'],
      ['directeur', 'trice', 'directrice'],
      ['conseiller', 'ere', 'conseillere'],
      ['ingenieur', 'e', 'ingenieure'],
      ['chef', 'fe', 'cheffe'],
      ['technicien', 'ne', 'technicienne'],
      ['professionnel', 'le', 'professionnelle'],
      ['sportif', 've', 'sportive'],
      ['sportif', 'ive', 'sportive'],
      ['maitre', 'sse', 'maitresse'],
      ['heureux', 'se', 'heureuse'],
    ];
    for (const [word, suffix, expected] of cases) {
      it(`${word}·${suffix} → ${expected}`, () => {
        expect(feminine(word, suffix)).to.equal(expected);
      });
    }
  });

  describe('queryTerms', () => {
    it('gives one term per word, inclusive forms as alternatives', () => {
      expect(queryTerms('Développeur·se  Rennes')).to.deep.equal([
        ['developpeur', 'developpeuse', 'developpeurrennes'],
        ['rennes', 'renne', 'developpeurrennes'],
      ]);
    });

    it('lets two neighbour words also match written as one', () => {
      expect(queryTerms('full stack')).to.deep.equal([['full', 'fullstack'], ['stack', 'fullstack']]);
      expect(queryTerms('java script dev')).to.deep.equal([['java', 'javascript'], ['script', 'javascript', 'scriptdev'], ['dev', 'scriptdev']]);
      // Not across a stop word, nor with a word of a compound.
      expect(queryTerms('chef de projet')).to.deep.equal([['chef'], ['projet']]);
      expect(queryTerms('dev-ops java')).to.deep.equal([['dev', 'devops'], ['ops', 'devops'], ['java']]);
    });

    it('leaves out an inclusive ending still being typed, which would match nothing until complete', () => {
      expect(queryTerms('développeur-eu')).to.deep.equal([['developpeur', 'developpeureu']]);
      expect(queryTerms('Développeur(eus')).to.deep.equal([['developpeur']]);
      expect(queryTerms('administrateur·tri')).to.deep.equal([['administrateur']]);
      // Complete, the ending is read with its word.
      expect(queryTerms('développeur-euse')).to.deep.equal([['developpeur', 'developpeuse']]);
      // Not an ending: a word of its own.
      expect(queryTerms('front-en')).to.deep.equal([['front', 'fronten'], ['en', 'fronten']]);
    });

    it('drops stop words unless the last one is still being typed', () => {
      expect(queryTerms('chef de projet')).to.deep.equal([['chef'], ['projet']]);
      expect(queryTerms('chef de')).to.deep.equal([['chef', 'chefde'], ['de', 'chefde']]);
      expect(queryTerms('chef de ')).to.deep.equal([['chef']]);
      expect(queryTerms('le')).to.deep.equal([['le']]);
    });

    it('lets each word of a hyphenated compound match the compound written whole', () => {
      expect(queryTerms('Front-End')).to.deep.equal([['front', 'frontend'], ['end', 'frontend']]);
      expect(queryTerms('dev-ops java')).to.deep.equal([['dev', 'devops'], ['ops', 'devops'], ['java']]);
      // Still being typed: the compound is a start, as any word ("front-e" reads as an inclusive ending for now).
      expect(queryTerms('front-en')).to.deep.equal([['front', 'fronten'], ['en', 'fronten']]);
      expect(queryTerms('front-e')).to.deep.equal([['front', 'fronte']]);
      // A stop word inside a compound is dropped as elsewhere; the compound keeps it.
      expect(queryTerms('chef-de-projet')).to.deep.equal([['chef', 'chefdeprojet'], ['projet', 'chefdeprojet']]);
      expect(queryTerms('frontend')).to.deep.equal([['frontend']]);
      expect(queryTerms('front - end')).to.deep.equal([['front', 'frontend'], ['end', 'frontend']]);
      // A word also matches the compound of the (at most 4) words up to it, as the index keeps it.
      expect(queryTerms('front-end-react')).to.deep.equal([
        ['front', 'frontendreact'], ['end', 'frontend', 'frontendreact'], ['react', 'frontendreact'],
      ]);
      expect(queryTerms('u1-u2-u3-u4-u5')).to.deep.equal([
        ['u1', 'u1u2u3u4'], ['u2', 'u1u2', 'u1u2u3u4'], ['u3', 'u1u2u3', 'u1u2u3u4'], ['u4', 'u1u2u3u4'], ['u5', 'u2u3u4u5'],
      ]);
    });

    it('lets a plural also match its singular, from 6 letters on', () => {
      expect(queryTerms('développeurs')).to.deep.equal([['developpeurs', 'developpeur']]);
      expect(queryTerms('réseaux')).to.deep.equal([['reseaux', 'reseau']]);
      expect(queryTerms('ingénieur·es')).to.deep.equal([['ingenieur', 'ingenieure']]);
      expect(queryTerms('Paris cours')).to.deep.equal([['paris', 'pariscours'], ['cours', 'pariscours']]);
    });

    it('pairs words in -al and -aux both ways, from 6 letters on', () => {
      expect(queryTerms('régionaux')).to.deep.equal([['regionaux', 'regionau', 'regional']]);
      expect(queryTerms('bureaux')).to.deep.equal([['bureaux', 'bureau']]);
      expect(queryTerms('matériaux')).to.deep.equal([['materiaux', 'materiau', 'material']]);
      expect(queryTerms('national')).to.deep.equal([['national', 'nationaux']]);
      expect(queryTerms('local')).to.deep.equal([['local']]);
    });

    it('keeps a repeated word once', () => {
      expect(queryTerms('data Data DATA')).to.deep.equal([['data']]);
    });

    it(`reads at most ${MAX_QUERY_TERMS} terms`, () => {
      const long = Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' ');
      expect(queryTerms(long)).to.have.length(MAX_QUERY_TERMS);
    });

    it('gives no term for blank queries', () => {
      expect(queryTerms('')).to.deep.equal([]);
      expect(queryTerms('   ')).to.deep.equal([]);
      expect(queryTerms(' \t\u00a0\u3000\n')).to.deep.equal([]);
    });

    it('gives one term that nothing matches for emoji, symbols, punctuation or lone accents', () => {
      for (const q of ['🦄', '★★', '^', '´', '¨', '\u0301', '?!·', ' 🦄 ']) expect(queryTerms(q), q).to.deep.equal([[]]);
      // Beside a word, they are ignored like punctuation.
      expect(queryTerms('🦄 data ★')).to.deep.equal([['data']]);
    });
  });
});
