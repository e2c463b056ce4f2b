// The loader demo page's own script (demo/loader.html): buttons that add, move and remove elements after the
// page has loaded, as a single-page application or a CMS preview does, and the list of the widget scripts the
// page has downloaded so far (from the Resource Timing entries), which shows that each chunk comes once, when needed.

const zone = document.getElementById('spa-zone');
const output = document.getElementById('loaded-scripts');
const lang = () => document.documentElement.lang;

const add = (tag, attributes) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  // A wrapper, so that the element arrives inside an added subtree.
  const section = document.createElement('section');
  section.className = 'widget-zone';
  section.append(el);
  zone.append(section);
};

document.getElementById('add-list')?.addEventListener('click', () => add('mn-offer-list', { 'page-size': '3', filters: 'search' }));
document.getElementById('add-trades')?.addEventListener('click', () => add('mn-trade-explorer', {}));
document.getElementById('move-first')?.addEventListener('click', () => {
  if (zone.firstElementChild) zone.append(zone.firstElementChild);
});
document.getElementById('remove-all')?.addEventListener('click', () => zone.replaceChildren());

// demo.js notes the elements still undefined at the window's `load`; with the loader an element may be defined
// just after it (its chunk was still on its way): take the note back then.
for (const tag of ['mn-offer-list', 'mn-trade-explorer', 'mn-application-form', 'mn-offer-detail']) {
  customElements.whenDefined(tag).then(() => {
    for (const node of document.querySelectorAll(tag)) if (node.nextElementSibling?.classList.contains('demo-note')) node.nextElementSibling.remove();
  });
}

// The widget scripts downloaded so far.
const scripts = new Set();
const show = () => {
  output.textContent = scripts.size ? [...scripts].join(', ') : lang() === 'en' ? 'none' : 'aucun';
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const path = new URL(entry.name).pathname;
    if (path.startsWith('/dist/') && path.endsWith('.js')) scripts.add(path.slice('/dist/'.length));
  }
  show();
}).observe({ type: 'resource', buffered: true });
show();
