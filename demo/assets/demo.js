// The demo page's own script (not part of the widgets). Loaded as a module BEFORE the bundle, so
// that the attributes it sets are in place when the elements start:
//   ?simulate=<name>[&slow=ms][&hold=ms]  → data-mn-feed="/feed/v1/offers.json?simulate=<name>…" on the
//                                           zones marked data-demo-feed (the page configuration of the
//                                           widgets: element `feed` > ancestor data-mn-feed > configure() > <meta name="mn-feed">)
//   ?apply=<name>                          → action="/api/applications?simulate=<name>" on <mn-application-form>,
//                                           and ?apply=<name> on the feed URL: the server announces its
//                                           endpoint with the simulation (forms opened in offers)
//   ?code=error|slow                       → the cookie mn-demo-code (path /dist/): the server fails, or delays
//                                           3 s, the code the elements download later (an offer opened in a
//                                           list, the application form, DOMPurify), as a flaky network would
//   ?id=<offer id>                         → offer-id on <mn-offer-detail> (offer.html)
//   ?theme=light|dark                      → <html data-theme>  (no choice: the system's preference)
//   ?lang=fr|en                            → <html lang>, and the page's own texts
// It also builds the "Démo" panel: simulation links, language and theme switches.

const params = new URLSearchParams(location.search);
const root = document.documentElement;
const page = root.dataset.page ?? '';
const STORE = 'mn-demo:';

// The feed simulations of demo/server/feed.mjs, with their labels.
const FEED_SIMULATIONS = [
  ['', 'Normal', 'Normal'],
  ['slow', 'Lent (3 s)', 'Slow (3 s)'],
  ['error', 'Erreur 500', 'Error 500'],
  ['404', 'Introuvable (404)', 'Not found (404)'],
  ['timeout', 'Sans réponse', 'No answer'],
  ['network', 'Réseau coupé', 'Network cut'],
  ['malformed', 'JSON invalide', 'Malformed JSON'],
  ['invalid-items', 'Offres invalides', 'Invalid offers'],
  ['hostile', 'Contenu hostile', 'Hostile content'],
  ['empty', 'Aucune offre', 'No offer'],
  ['stale', 'Copie locale', 'Saved copy'],
  ['flaky', 'Instable', 'Flaky'],
  ['doc-error', 'Fiche en erreur', 'Offer document error'],
  ['doc-slow', 'Fiche lente', 'Slow offer document'],
];
// The endpoint simulations of demo/server/applications.mjs.
const APPLY_SIMULATIONS = [
  ['', 'Normal', 'Normal'],
  ['500-once', '500 puis succès', '500 then success'],
  ['503-once', '503 puis succès', '503 then success'],
  ['429-once', '429 (trop de requêtes)', '429 (too many requests)'],
  ['slow', 'Lent', 'Slow'],
  ['hang', 'Sans réponse', 'No answer'],
  ['lost-once', 'Réponse perdue', 'Lost answer'],
  ['409', 'Doublon (409)', 'Duplicate (409)'],
  ['413', 'Trop lourd (413)', 'Too large (413)'],
];

// The code simulations of demo/server/index.mjs (LATER_CHUNK), with their labels: on the loader's page, every element's
// code but the list's comes later; with mn-widgets.js, only DOMPurify (on browsers without the Sanitizer API).
const CODE_SIMULATIONS = [
  ['', 'Normal', 'Normal'],
  ['slow', 'Lent (3 s)', 'Slow (3 s)'],
  ['error', 'Réseau coupé', 'Network cut'],
];

const stored = (key) => {
  try {
    return sessionStorage.getItem(STORE + key);
  } catch {
    return null;
  }
};
const store = (key, value) => {
  try {
    if (value) sessionStorage.setItem(STORE + key, value);
    else sessionStorage.removeItem(STORE + key);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
};

// ---------------------------------------------------------------------------
// Theme and language, before anything renders.

function applyTheme(theme) {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}
function currentTheme() {
  return root.dataset.theme ?? 'system';
}

const texts = new Map(); // element → its French text
function applyLang(lang) {
  const en = lang === 'en';
  root.lang = en ? 'en' : 'fr';
  for (const el of document.querySelectorAll('[data-en]')) {
    if (!texts.has(el)) texts.set(el, el.textContent);
    el.textContent = en ? el.dataset.en : texts.get(el);
  }
  for (const el of document.querySelectorAll('[data-en-aria-label]')) {
    if (!el.dataset.frAriaLabel) el.dataset.frAriaLabel = el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', en ? el.dataset.enAriaLabel : el.dataset.frAriaLabel);
  }
}

const themeParam = params.get('theme');
applyTheme(themeParam ?? stored('theme'));
if (themeParam) store('theme', themeParam === 'system' ? '' : themeParam);
const langParam = params.get('lang');
const initialLang = langParam ?? stored('lang') ?? 'fr';
if (langParam) store('lang', langParam);
applyLang(initialLang);

// ---------------------------------------------------------------------------
// Page configuration of the widgets.

const simulate = (params.get('simulate') ?? '').trim();
const applySimulation = (params.get('apply') ?? '').trim();
const codeSimulation = (params.get('code') ?? '').trim();

// Sent with the requests under /dist/ only, and only while the page's address asks for it.
document.cookie = codeSimulation
  ? `mn-demo-code=${encodeURIComponent(codeSimulation)}; path=/dist/; SameSite=Strict`
  : 'mn-demo-code=; path=/dist/; max-age=0';

if (simulate || applySimulation) {
  const base = document.querySelector('meta[name="mn-feed"]')?.content || '/feed/v1/offers.json';
  const feed = new URL(base, location.href);
  if (simulate) {
    feed.searchParams.set('simulate', simulate);
    for (const name of ['slow', 'hold']) {
      const value = params.get(name);
      if (value) feed.searchParams.set(name, value);
    }
  }
  // The forms opened in offers send to the endpoint the feed announces: the server adds the simulation to it.
  if (applySimulation) feed.searchParams.set('apply', applySimulation);
  const value = feed.origin === location.origin ? feed.pathname + feed.search : feed.href;
  for (const zone of document.querySelectorAll('[data-demo-feed]')) zone.dataset.mnFeed = value;
}

if (applySimulation) {
  for (const form of document.querySelectorAll('mn-application-form')) {
    const action = new URL(form.getAttribute('action') || '/api/applications', location.href);
    action.searchParams.set('simulate', applySimulation);
    form.setAttribute('action', action.pathname + action.search);
  }
}

// Nav: the current page.
const navKey = page === 'index' ? 'index' : page === 'offer' ? 'offers' : page;
document.querySelector(`.main-nav [data-nav="${navKey}"]`)?.setAttribute('aria-current', 'page');

if (page === 'offer') {
  const id = (params.get('id') ?? params.get('offer') ?? '').trim();
  const detail = document.querySelector('mn-offer-detail');
  if (id && detail) {
    detail.setAttribute('offer-id', id);
    // The page's <title> names what shows: the offer, or that it cannot be found. Both languages are kept
    // as the other page texts are (data-en), so that the language switch keeps it.
    const pageTitle = document.querySelector('title[data-en]');
    const setPageTitle = (fr, en) => {
      if (!pageTitle) return;
      texts.set(pageTitle, `${fr} — Ministère de l’Exemple et de la Démonstration`);
      pageTitle.dataset.en = `${en} — Ministry of Example and Demonstration`;
      pageTitle.textContent = root.lang === 'en' ? pageTitle.dataset.en : texts.get(pageTitle);
    };
    detail.addEventListener('mn-load', (event) => {
      // The offer's title comes from the feed, in French, in both languages.
      if (event.offer) setPageTitle(event.offer.title, event.offer.title);
    });
    detail.addEventListener('mn-error', (event) => {
      if (event.code === 'not-found') setPageTitle('Offre introuvable', 'Offer not found');
    });
  } else if (detail) {
    // Laid out as the element's own "Offre introuvable": the title, then the notice.
    const title = document.createElement('h1');
    title.textContent = initialLang === 'en' ? 'No offer chosen' : 'Aucune offre choisie';
    const note = document.createElement('div');
    note.className = 'notice';
    const text = document.createElement('p');
    text.textContent =
      initialLang === 'en'
        ? 'This page shows one offer, given by its identifier in the address (offer.html?id=…).'
        : 'Cette page présente une offre, désignée par son identifiant dans l’adresse (offer.html?id=…).';
    note.append(text);
    detail.replaceWith(title, note);
  }
}

// The page's own "No offer for you right now?" box belongs beside a list of offers: with no offer at all, the
// list already offers a spontaneous application, and under an error it would say the wrong thing.
if (page === 'index') {
  const list = document.querySelector('main mn-offer-list');
  const callout = document.querySelector('.callout[aria-labelledby="spontanee-titre"]');
  if (list && callout) {
    // The list's own events, not those of an offer opened in it (composed, they seem to come from the list).
    const own = (event) => event.composedPath()[0] === list;
    list.addEventListener('mn-load', (event) => {
      if (own(event)) callout.hidden = event.count === 0;
    });
    list.addEventListener('mn-error', (event) => {
      if (own(event)) callout.hidden = true;
    });
  }
}

// ---------------------------------------------------------------------------
// The demo panel.

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined || value === null) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** The current URL with `name` set to `value` (removed when empty), other parameters kept. */
function hrefWith(name, value, drop = []) {
  const url = new URL(location.href);
  if (value) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  for (const d of drop) url.searchParams.delete(d);
  url.hash = '';
  return url.pathname + url.search;
}

function buildPanel(lang) {
  const en = lang === 'en';
  const t = (fr, english) => (en ? english : fr);
  const host = document.getElementById('demo-panel');
  if (!host) return;
  host.setAttribute('role', 'complementary');
  host.setAttribute('aria-label', t('Panneau de démonstration', 'Demo panel'));
  const activeFeed = FEED_SIMULATIONS.find(([name]) => name === simulate);
  const activeApply = APPLY_SIMULATIONS.find(([name]) => name === applySimulation);
  const active = [
    simulate && `${t('flux :', 'feed:')} ${activeFeed ? activeFeed[en ? 2 : 1] : simulate}`,
    applySimulation && `${t('candidature :', 'application:')} ${activeApply ? activeApply[en ? 2 : 1] : applySimulation}`,
    codeSimulation && `${t('code :', 'code:')} ${CODE_SIMULATIONS.find(([name]) => name === codeSimulation)?.[en ? 2 : 1] ?? codeSimulation}`,
  ].filter(Boolean);

  const links = (list, param, current, drop) =>
    el(
      'ul',
      {},
      ...list.map(([name, fr, english]) =>
        el('li', {}, el('a', { href: hrefWith(param, name, drop), 'aria-current': name === current ? 'true' : false }, en ? english : fr)),
      ),
    );

  const group = (label, ...content) => el('div', { class: 'demo-group' }, el('span', { class: 'demo-group-label' }, label), ...content);

  const toggle = (label, options, current, onPick) =>
    el(
      'div',
      { class: 'demo-group', role: 'group', 'aria-label': label },
      el('span', { class: 'demo-group-label', 'aria-hidden': 'true' }, label),
      ...options.map(([value, text]) =>
        el('button', { type: 'button', 'aria-pressed': String(value === current), onclick: () => onPick(value) }, text),
      ),
    );

  const details = el(
    'details',
    { class: 'demo-panel', open: host.querySelector('details')?.open ?? false },
    el(
      'summary',
      { class: 'container' },
      el('span', { class: 'demo-badge' }, t('DÉMO', 'DEMO')),
      t('Simuler un état, changer de langue ou de thème', 'Simulate a state, switch language or theme'),
      active.length ? el('span', { class: 'demo-active' }, ` — ${t('actif :', 'active:')} ${active.join(', ')}`) : null,
    ),
    el(
      'div',
      { class: 'container demo-body' },
      el(
        'p',
        { class: 'demo-hint' },
        t(
          'Ce bandeau ne fait pas partie du site du ministère : il pilote le serveur de démonstration.',
          'This strip is not part of the ministry website: it drives the demo server.',
        ),
      ),
      group(t('Flux des offres :', 'Offers feed:'), links(FEED_SIMULATIONS, 'simulate', simulate, ['slow', 'hold'])),
      page === 'trades' ? null : group(t('Envoi de la candidature :', 'Sending the application:'), links(APPLY_SIMULATIONS, 'apply', applySimulation)),
      page === 'loader'
        ? group(t('Code chargé plus tard (offre ouverte, formulaire) :', 'Code loaded later (offer opened, form):'), links(CODE_SIMULATIONS, 'code', codeSimulation))
        : null,
      simulate === 'stale'
        ? el(
            'p',
            { class: 'demo-hint' },
            t(
              'Copie locale : le premier chargement réussit et la page garde une copie du flux ; rechargez la page : le serveur échoue alors et la copie enregistrée s’affiche, avec sa date.',
              'Saved copy: the first load succeeds and the page keeps a copy of the feed; reload the page: the server then fails and the saved copy shows, with its date.',
            ),
          )
        : null,
      toggle(t('Langue', 'Language'), [['fr', 'Français'], ['en', 'English']], root.lang, (value) => {
        store('lang', value);
        history.replaceState(history.state, '', hrefWith('lang', value === 'fr' ? '' : value));
        applyLang(value);
        buildPanel(value);
        renderEvents();
        focusPressed(value === 'en' ? 'Language' : 'Langue');
      }),
      toggle(
        t('Thème', 'Theme'),
        [
          ['system', t('Système', 'System')],
          ['light', t('Clair', 'Light')],
          ['dark', t('Sombre', 'Dark')],
        ],
        currentTheme(),
        (value) => {
          store('theme', value === 'system' ? '' : value);
          history.replaceState(history.state, '', hrefWith('theme', value === 'system' ? '' : value));
          applyTheme(value);
          buildPanel(root.lang);
          focusPressed(t('Thème', 'Theme'));
        },
      ),
      el(
        'div',
        { class: 'demo-group' },
        el('span', { class: 'demo-group-label', id: 'demo-events-label' }, t('Derniers événements :', 'Latest events:')),
        eventList,
      ),
      el(
        'div',
        { class: 'demo-group' },
        el(
          'button',
          {
            type: 'button',
            onclick: () => {
              clearSavedCopies();
              location.reload();
            },
          },
          t('Oublier les copies locales du flux et recharger', 'Forget the saved copies of the feed and reload'),
        ),
      ),
    ),
  );
  host.replaceChildren(details);
}

// The events the elements fire, newest first (like Storybook's actions): what a host page can listen to.
const EVENTS = [
  'mn-load',
  'mn-error',
  'mn-filter-change',
  'mn-offer-select',
  'mn-trade-select',
  'mn-application-open',
  'mn-application-submit',
  'mn-application-success',
  'mn-application-error',
];
const eventList = el('ol', { class: 'demo-events', 'aria-labelledby': 'demo-events-label' });
const recent = [];
function describeEvent(event) {
  const fields = Object.entries(event)
    .filter(([name, value]) => name !== 'isTrusted' && value !== undefined && typeof value !== 'function')
    .slice(0, 5)
    .map(([name, value]) => {
      const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
      return `${name}=${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
    });
  const source = event.composedPath()[0]?.localName ?? '';
  return `${event.type}${source ? ` ← <${source}>` : ''}${fields.length ? ` { ${fields.join(', ')} }` : ''}`;
}
function renderEvents() {
  eventList.replaceChildren(
    ...(recent.length ? recent : [root.lang === 'en' ? 'none yet' : 'aucun pour l’instant']).map((text) => el('li', {}, text)),
  );
}
for (const type of EVENTS) {
  document.addEventListener(
    type,
    (event) => {
      recent.unshift(describeEvent(event));
      recent.length = Math.min(recent.length, 6);
      renderEvents();
    },
    { capture: true },
  );
}
renderEvents();

/** After a rebuild of the panel, keeps the keyboard focus on the pressed button of the group. */
function focusPressed(label) {
  document.querySelector(`#demo-panel [role="group"][aria-label="${label}"] [aria-pressed="true"]`)?.focus();
}

function clearSavedCopies() {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith('mn-widgets:')) localStorage.removeItem(key);
    }
  } catch {
    /* storage disabled: nothing saved */
  }
}

buildPanel(initialLang);

// Elements that the bundle does not define (not written yet, or the bundle is missing): say so.
window.addEventListener('load', () => {
  for (const tag of ['mn-offer-list', 'mn-trade-explorer', 'mn-application-form', 'mn-offer-detail']) {
    for (const node of document.querySelectorAll(tag)) {
      if (customElements.get(tag) || node.nextElementSibling?.classList.contains('demo-note')) continue;
      const note = el(
        'p',
        { class: 'demo-note' },
        root.lang === 'en'
          ? `Demo: <${tag}> is not defined (the element does not exist yet, or dist/mn-widgets.js is missing: run npm run build).`
          : `Démo : <${tag}> n’est pas défini (l’élément n’existe pas encore, ou dist/mn-widgets.js manque : lancez npm run build).`,
      );
      node.after(note);
    }
  }
});
