// The script-tag builds. The npm build (unbundled ESM + .d.ts, Lit external) is `tsc -p tsconfig.build.json`.
//  - dist/mn-widgets.js: one self-contained, minified ES module that registers every mn-* element. Only the
//    rich-text sanitiser (DOMPurify) is split into dist/chunks/ and loaded when an offer's detail opens.
//  - dist/mn-loader.js: a tiny module that registers nothing itself; it watches the page and imports the
//    chunk of each mn-* element it finds (dist/chunks/mn-offer-list-[hash].js …, which share the chunks of
//    Lit, the data layer, etc.). Chunks load relative to the module that imports them.
// Both builds also write dist/bundle-graph.json (which file imports which; the elements' chunks), read by
// scripts/size.mjs (page totals) and scripts/sri.mjs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform as esbuild } from 'esbuild';
import { transform as lightningcss } from 'lightningcss';
import MagicString from 'magic-string';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(ROOT, 'src') + '/';

// ---------------------------------------------------------------------------------------------------------
// TypeScript through esbuild. The elements declare their reactive properties in `static properties`, not with
// decorators: lowered TC39 decorators cost about 150 bytes per property (private storage, accessor pair,
// decorator call, initialiser), 4.8 KB gzip over the bundle's 91 properties. A helper esbuild adds fails the build.

const ESBUILD_OPTIONS = {
  loader: 'ts',
  target: 'es2022',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
};

const typescript = () => ({
  name: 'typescript-esbuild',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await esbuild(code, { ...ESBUILD_OPTIONS, sourcemap: true, sourcefile: id });
    // esbuild's helpers are top-level `var __name =` statements; the sources write no such line.
    const helper = out.code.match(/^var (__\w+) =/m);
    if (helper) this.error(`esbuild added its helper ${helper[1]} (a decorator?); declare reactive properties in \`static properties\``);
    return { code: out.code, map: out.map };
  },
});

// ---------------------------------------------------------------------------------------------------------
// Minified css`` and html`` templates.

const LIT_MODULES = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/;
const TAGS = { css: 'css', html: 'html', svg: 'html', mathml: 'html' };

/** A template's cooked text back to raw template-literal source. */
const toRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * CSS minified by lightningcss. Each `${…}` becomes a placeholder identifier; the result is used only
 * when every placeholder comes back, once, in order (else the caller falls back to `collapseCss`).
 */
export function minifyCss(parts, filename = 'template.css') {
  // Only `${…}` inside a declaration's value (`prop: … ${x} …;`), where an identifier stands in for it
  // faithfully; an interpolated rule or selector is left to `collapseCss`.
  const inValue = (i) => /:[^{};]*$/.test(parts[i]) && /^[^{};]*[;}]/.test(parts[i + 1]);
  if (parts.slice(0, -1).some((_, i) => !inValue(i))) return null;
  const mark = (i) => `__mn_tpl_${i}__`;
  const source = parts.reduce((acc, part, i) => (i === 0 ? part : `${acc}${mark(i - 1)}${part}`), '');
  let code;
  try {
    code = lightningcss({ filename, code: Buffer.from(source), minify: true, errorRecovery: false }).code.toString();
  } catch {
    return null;
  }
  const out = [];
  let rest = code;
  for (let i = 0; i < parts.length - 1; i++) {
    const at = rest.indexOf(mark(i));
    if (at === -1) return null;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + mark(i).length);
  }
  out.push(rest);
  return out.some((p) => p.includes('__mn_tpl_')) ? null : out;
}

/** Safe CSS whitespace collapse (comments out, strings kept), for templates lightningcss cannot take. */
export function collapseCss(parts) {
  return parts.map((part) =>
    part
      .replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\/|[ \t\r\n\f]+/g, (m, str) => (str ? str : m.startsWith('/*') ? '' : ' '))
      .replace(/ ?([{};]) ?/g, '$1'),
  );
}

/**
 * HTML whitespace collapse for Lit templates, on the raw text of each part, so that Lit's bindings (the
 * `${…}` between parts) are untouched: every run of whitespace that holds a line break becomes one
 * space (which renders the same outside `white-space: pre*`), and comments without a binding go.
 * The content of <pre>, <textarea>, <script> and <style> elements is left as it is.
 */
export function collapseHtml(parts) {
  const joined = parts.join('\0');
  const keep = [];
  // The content of these elements, from the end of the start tag to the end tag (or the end).
  for (const m of joined.matchAll(/<(pre|textarea|script|style)\b[^>]*>([\s\S]*?)(<\/\1\s*>|$)/gi)) {
    const start = m.index + m[0].length - m[3].length - m[2].length;
    keep.push([start, start + m[2].length]);
  }
  const kept = (at) => keep.some(([a, b]) => at >= a && at < b);
  const out = joined.replace(/<!--[^\0]*?-->|[ \t\r]*\n[ \t\r\n]*/g, (m, at) => {
    if (kept(at)) return m;
    return m.startsWith('<!--') ? '' : ' ';
  });
  const result = out.split('\0');
  return result.length === parts.length ? result : null;
}

/**
 * The private custom properties (`--_space-4`, `--_color-action`…) are only ever written in css`` templates, where
 * the elements' styles set and read them: the script-tag builds give them short names (`--_a`, `--_b`…), the same
 * in every chunk, the most used first (0.5 KB gzip on the bundle). The public ones (`--mn-*`) keep theirs. A private
 * name found anywhere else in a built file fails the build (`privatePropertiesRenamed`).
 */
const PRIVATE_PROPERTY = /--_[A-Za-z0-9-]+/g;
let privateNames;
function privateProperty(name) {
  if (!privateNames) {
    const counts = new Map();
    const files = readdirSync(SRC, { recursive: true }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      for (const [m] of readFileSync(SRC + file, 'utf8').matchAll(PRIVATE_PROPERTY)) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const short = (i) => (i < letters.length ? letters[i] : short(Math.floor(i / letters.length) - 1) + letters[i % letters.length]);
    const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    privateNames = new Map(sorted.map(([m], i) => [m, `--_${short(i)}`]));
  }
  return privateNames.get(name) ?? name;
}
const renamePrivateProperties = (css) => css.replace(PRIVATE_PROPERTY, privateProperty);

const privatePropertiesRenamed = () => ({
  name: 'private-properties-renamed',
  generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      const left = chunk.type === 'chunk' && chunk.code.match(/--_[A-Za-z0-9-]{3,}/);
      if (left) this.error(`${chunk.fileName} holds the private custom property ${left[0]} outside a css\`\` template`);
    }
  },
});

const minifyTemplates = () => ({
  name: 'minify-templates',
  transform(code, id) {
    if (!id.startsWith(SRC) || !/\b(css|html|svg|mathml)\b/.test(code)) return null;
    const ast = this.parse(code);
    /** local name → 'css' | 'html' */
    const tags = new Map();
    for (const node of ast.body) {
      if (node.type !== 'ImportDeclaration' || !LIT_MODULES.test(node.source.value)) continue;
      for (const spec of node.specifiers) {
        if (spec.type === 'ImportSpecifier' && TAGS[spec.imported.name]) tags.set(spec.local.name, TAGS[spec.imported.name]);
      }
    }
    if (tags.size === 0) return null;
    const s = new MagicString(code);
    let changed = false;
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
        const { quasis } = node.quasi;
        const kind = tags.get(node.tag.name);
        let parts;
        if (kind === 'css') {
          const cooked = quasis.map((q) => q.value.cooked);
          if (!cooked.some((c) => c == null)) {
            const min = minifyCss(cooked, relative(ROOT, id));
            parts = min ? min.map(toRaw) : null;
          }
          if (!parts) {
            this.warn(`css\`\` at ${relative(ROOT, id)}:${node.start}: lightningcss could not take it, whitespace collapsed only`);
            parts = collapseCss(quasis.map((q) => q.value.raw));
          }
          parts = parts.map(renamePrivateProperties);
        } else if (!quasis.some((q) => /\\\r?\n/.test(q.value.raw))) {
          parts = collapseHtml(quasis.map((q) => q.value.raw));
        }
        if (parts) {
          quasis.forEach((q, i) => {
            if (parts[i] !== q.value.raw) {
              if (q.start === q.end) s.appendLeft(q.start, parts[i]);
              else s.overwrite(q.start, q.end, parts[i]);
              changed = true;
            }
          });
        }
      }
      for (const key in node) {
        if (key === 'start' || key === 'end') continue;
        const value = node[key];
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(ast);
    return changed ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
  },
});

// ---------------------------------------------------------------------------------------------------------
// dist/bundle-graph.json

const GRAPH = resolve(ROOT, 'dist/bundle-graph.json');

/**
 * Records, for each script file a build writes: the builds that wrote it, whether it is an entry, its static and
 * dynamic imports and, for a chunk that holds an element's registration module (src/components/x/mn-*.ts), the
 * element's tag. The builds of one run (rollup runs them in order) merge into one file, which the first one starts anew.
 */
const bundleGraph = (build, { first = false } = {}) => ({
  name: 'bundle-graph',
  writeBundle(options, bundle) {
    const graph = !first && existsSync(GRAPH) ? JSON.parse(readFileSync(GRAPH, 'utf8')) : { files: {} };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const elements = chunk.moduleIds
        .map((id) => /\/src\/components\/[^/]+\/(mn-[a-z-]+)\.ts$/.exec(id)?.[1])
        .filter((tag) => tag !== undefined);
      const builds = [...new Set([...(graph.files[chunk.fileName]?.builds ?? []), build])];
      graph.files[chunk.fileName] = {
        builds,
        entry: chunk.isEntry,
        ...(elements.length ? { elements } : {}),
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
      };
    }
    writeFileSync(GRAPH, `${JSON.stringify(graph, null, 2)}\n`);
  },
});

/** Fails the build when mn-loader.js imports anything statically: it must stay one small file. */
const loaderStandalone = () => ({
  name: 'loader-standalone',
  generateBundle(options, bundle) {
    const loader = bundle['mn-loader.js'];
    if (loader?.type === 'chunk' && (loader.imports.length > 0 || loader.moduleIds.length !== 1)) {
      this.error(`mn-loader.js must be the loader alone, with no static import; it has ${loader.moduleIds.length} modules and imports ${loader.imports.join(', ') || 'nothing'}`);
    }
  },
});

// ---------------------------------------------------------------------------------------------------------

const plugins = (build, graphOptions) => [
  typescript(),
  minifyTemplates(),
  nodeResolve({ browser: true }),
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 3 } }),
  bundleGraph(build, graphOptions),
  privatePropertiesRenamed(),
];

const output = {
  dir: 'dist',
  format: 'esm',
  sourcemap: true,
  entryFileNames: '[name].js',
  // The chunk every element imports (Lit, the data layer, the messages, the shared styles) is `core`;
  // the others take the name of their first module (mn-offer-list, purify.es…).
  chunkFileNames: (chunk) =>
    !chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.includes('/node_modules/lit-element/'))
      ? 'chunks/core-[hash].js'
      : 'chunks/[name]-[hash].js',
};

/**
 * The loader build: the modules that two or more elements import statically, but not all of them, would make
 * chunks of their own, one per set of elements. Such a chunk under {@link SMALL_CHUNK} bytes (before
 * minifying) goes into `core`, which every element loads: a page with the list would otherwise fetch a
 * handful of sub-kilobyte files (`live`, `state`, `mn-load`…), each compressed on its own. The pages of the
 * other elements then load a few hundred bytes of code they may not run.
 */
const SMALL_CHUNK = 8000;
/** Modules the elements import on demand, and a module size below which what they share with an element goes to `core`. */
const LAZY_ENTRIES = ['src/data/normalise.ts', 'src/components/offer-list/offer-list-engine.ts'];
const TINY = 1000;
function sharedToCore(id, { getModuleInfo }) {
  sharedToCore.small ??= smallSharedModules(getModuleInfo);
  return sharedToCore.small.has(id) ? 'core' : undefined;
}

function smallSharedModules(getModuleInfo) {
  const users = elementsReaching(getModuleInfo);
  const everyone = Math.max(...[...users.values()].map((e) => e.size));
  // The code the elements load on demand (the normaliser, the list's engine) may share a tiny module with an
  // element (the slices helper): it goes to `core` rather than into a chunk of a few bytes.
  const lazyUsers = new Map();
  for (const entry of LAZY_ENTRIES) {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id)) return;
      seen.add(id);
      lazyUsers.set(id, (lazyUsers.get(id) ?? 0) + 1);
      for (const dep of getModuleInfo(id)?.importedIds ?? []) visit(dep);
    };
    visit(resolve(ROOT, entry));
  }
  const tiny = [...lazyUsers]
    .filter(([id, n]) => n + (users.get(id)?.size ?? 0) >= 2 && (getModuleInfo(id)?.code?.length ?? Infinity) < TINY)
    .map(([id]) => id);
  const groups = new Map();
  for (const [id, elements] of users) {
    if (elements.size < 2) continue;
    const key = [...elements].sort().join();
    const group = groups.get(key) ?? { ids: [], size: 0, users: elements.size };
    group.ids.push(id);
    group.size += getModuleInfo(id)?.code?.length ?? 0;
    groups.set(key, group);
  }
  // What every element imports is `core` anyway; named here so that the small chunks join it.
  return new Set([...groups.values()].filter((g) => g.size < SMALL_CHUNK || g.users === everyone).flatMap((g) => g.ids).concat(tiny));
}

/**
 * Module id → the elements (registration modules) that reach it through static imports, not counting what
 * they reach through another element's registration module (the trade explorer shows lists: the list's
 * code stays the list's).
 */
function elementsReaching(getModuleInfo) {
  const users = new Map();
  const entries = new Set(getModuleInfo(resolve(ROOT, 'src/loader.ts')).dynamicallyImportedIds);
  for (const entry of entries) {
    const seen = new Set();
    const visit = (id) => {
      if (seen.has(id) || (id !== entry && entries.has(id))) return;
      seen.add(id);
      if (!users.has(id)) users.set(id, new Set());
      users.get(id).add(entry);
      for (const dep of getModuleInfo(id)?.importedIds ?? []) visit(dep);
    };
    visit(entry);
  }
  return users;
}

/**
 * The modules that the elements import on demand in the loader's pages (each `load-*.ts` wraps one `import()`)
 * are imported statically by the bundle, which holds most of their code anyway (the data layer's exports): no
 * chunk of a few hundred bytes to fetch after the feed. Whole namespaces, so that nothing the elements use is left out.
 */
const STATIC_IN_BUNDLE = {
  'src/data/load-normaliser.ts':
    "import * as normaliser from './normalise.js';\nexport const loadNormaliser = () => Promise.resolve(normaliser);\n",
  'src/components/offer-list/load-engine.ts':
    "import * as engine from './offer-list-engine.js';\nexport const loadEngine = () => Promise.resolve(engine);\n",
};
const staticLazyModules = () => ({
  name: 'static-lazy-modules',
  load(id) {
    const rel = relative(ROOT, id);
    return Object.hasOwn(STATIC_IN_BUNDLE, rel) ? STATIC_IN_BUNDLE[rel] : null;
  },
});

export default [
  {
    input: { 'mn-widgets': 'src/all.ts' },
    // The chunks it loads on demand (the English messages, the console's words about presets) may import code
    // that the bundle does not export: the bundle exports it too, rather than becoming a facade of a `core` chunk.
    preserveEntrySignatures: 'allow-extension',
    output,
    plugins: [staticLazyModules(), ...plugins('mn-widgets', { first: true })],
  },
  {
    input: { 'mn-loader': 'src/loader.ts' },
    // No `experimentalMinChunkSize`: it may merge a small shared chunk into the loader's and leave
    // mn-loader.js a facade that imports it (seen when the list imports the detail lazily).
    output: { ...output, manualChunks: sharedToCore },
    plugins: [...plugins('mn-loader'), loaderStandalone()],
  },
];
