#!/usr/bin/env node
// Checks what `npm pack` publishes (after `npm run build`): only what belongs, every
// export resolvable, every element typed in HTMLElementTagNameMap and every event in
// GlobalEventHandlersEventMap; then installs the packed package in a scratch consumer project
// and compiles code that uses it: React JSX (`/react`) and Vue templates (`/vue`, with vue-tsc),
// under `moduleResolution` `bundler` and `node16`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const problems = [];
const scratch = mkdtempSync(join(tmpdir(), 'mn-check-package-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const pack = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { encoding: 'utf8' }))[0];
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// 1. Only what belongs.
const allowed = [/^dist\//, /^schema\/[\w-]+\.schema\.json$/, /^custom-elements\.json$/, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
for (const f of files) if (!allowed.some((re) => re.test(f))) problems.push(`not to be published: ${f}`);

// The CDN addresses in the docs pin this version: a release must update them.
for (const doc of ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))]) {
  for (const [, version] of readFileSync(doc, 'utf8').matchAll(new RegExp(`${pkg.name}@(\\d[\\w.-]*)`, 'g'))) {
    if (version !== pkg.version) problems.push(`${doc} pins ${pkg.name}@${version}, the package is ${pkg.version}`);
  }
}
for (const f of ['dist/mn-widgets.js', 'dist/mn-loader.js', 'dist/index.js', 'dist/index.d.ts', 'dist/sri.json', 'custom-elements.json', 'README.md', 'LICENSE']) {
  if (!files.has(f)) problems.push(`missing from the package: ${f}`);
}

// 2. Every export resolvable.
const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
for (const [name, value] of Object.entries(pkg.exports)) {
  for (const target of targets(value)) {
    const path = target.replace(/^\.\//, '');
    const ok = path.includes('*')
      ? [...files].some((f) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '.+')}$`).test(f))
      : files.has(path);
    if (!ok) problems.push(`export "${name}" → ${target}: not in the package`);
  }
}
for (const field of ['main', 'module', 'types', 'customElements']) {
  if (pkg[field] && !files.has(pkg[field].replace(/^\.\//, ''))) problems.push(`"${field}": ${pkg[field]} not in the package`);
}

// 3. Types: every element and every event.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = [...files].filter((f) => f.endsWith('.d.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
for (const el of tags) {
  if (!new RegExp(`HTMLElementTagNameMap\\s*{[^}]*'${el.tagName}'\\s*:\\s*${el.name}`).test(declarations)) {
    problems.push(`<${el.tagName}> is not typed in HTMLElementTagNameMap`);
  }
  for (const ev of el.events ?? []) {
    if (ev.name && !new RegExp(`GlobalEventHandlersEventMap\\s*{[^}]*'${ev.name}'\\s*:`).test(declarations)) {
      problems.push(`event ${ev.name} of <${el.tagName}> is not typed in GlobalEventHandlersEventMap`);
    }
  }
}

// 4. The framework typings, in a consumer project: the packed package in its node_modules, next
// to this project's dependencies (TypeScript, React's types, Vue).
const consumer = join(scratch, 'consumer');
const modules = join(consumer, 'node_modules');
const [scope, name] = pkg.name.split('/');
mkdirSync(join(modules, scope), { recursive: true });
execFileSync('tar', ['-xzf', join(scratch, pack.filename), '-C', join(modules, scope)]);
renameSync(join(modules, scope, 'package'), join(modules, scope, name));
for (const entry of readdirSync('node_modules')) {
  if (entry !== scope && !entry.startsWith('.')) symlinkSync(resolve('node_modules', entry), join(modules, entry));
}

const write = (path, text) => {
  mkdirSync(join(consumer, path, '..'), { recursive: true });
  writeFileSync(join(consumer, path), text);
};
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
write('package.json', json({ name: 'consumer', private: true, type: 'module' }));
const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  jsx: 'react-jsx',
  types: [],
  skipLibCheck: false,
};
const resolutions = { bundler: { module: 'ESNext', moduleResolution: 'bundler' }, node16: { module: 'Node16', moduleResolution: 'Node16' } };

// React: what compiles, and what must not (each `@ts-expect-error` must meet an error).
const reactOk = `import type {} from '${pkg.name}/react';
import type { MnOfferSelectEvent } from '${pkg.name}';

export const page = (
  <>
    <mn-offer-list organisation="x" pageSize={10} onmn-offer-select={(e) => e.offerId} />
    <mn-offer-list feedData={undefined} syncUrl="" detail="inline" page-size="10" data-x="y" class="list" />
    <mn-offer-card offerId="1" onmn-offer-select={(e: MnOfferSelectEvent) => e.preventDefault()} />
    <mn-offer-detail offerId="1" seo onmn-application-open={(e) => e.offerId} ref={(el) => void el?.offerId} />
    <mn-application-form offerId="1" timeout={1000} onmn-application-error={(e) => e.retryable} />
    <mn-trade-explorer hideEmpty onmn-trade-select={(e) => e.tradeId} onmn-load={(e) => e.count} />
  </>
);

// @ts-expect-error: pageSize is a number
export const wrongType = <mn-offer-list pageSize="10" />;
// @ts-expect-error: no such property
export const unknownProperty = <mn-offer-list pageSise={10} />;
// @ts-expect-error: a sort the list does not know
export const wrongValue = <mn-offer-list sort="oldest" />;
// @ts-expect-error: the handler of mn-offer-select gets an MnOfferSelectEvent, which has no count
export const wrongEvent = <mn-offer-list onmn-offer-select={(e) => e.count} />;
// @ts-expect-error: the handler of mn-load gets an MnLoadEvent
export const wrongHandler = <mn-offer-list onmn-load={(e: MnOfferSelectEvent) => e.offerId} />;
// @ts-expect-error: a method is not a prop
export const method = <mn-offer-list retry={() => {}} />;
// @ts-expect-error: not a property of the card
export const otherElement = <mn-offer-card organisation="x" />;
`;
write('react/ok.tsx', reactOk);
// A subclass adds its own reactive properties, as Lit merges them with the element's.
write(
  'react/subclass.ts',
  `import { MnOfferCard } from '${pkg.name}';

export class MyCard extends MnOfferCard {
  static override properties = { badge: { type: Boolean } };
  declare badge: boolean;
}
`,
);
write('react/JobsPage.tsx', readFileSync('examples/react/src/JobsPage.tsx', 'utf8'));
// the same, typed by the tsconfig's "types" instead of an import
write('react-types/ok.tsx', reactOk.replace(`import type {} from '${pkg.name}/react';\n`, ''));

// Vue: vue-tsc checks templates; `@vue-expect-error` must meet an error.
write(
  'vue/Ok.vue',
  `<script setup lang="ts">
import type {} from '${pkg.name}/vue';
import type { MnLoadEvent, MnOfferSelectEvent } from '${pkg.name}';

function onSelect(event: MnOfferSelectEvent) {
  event.preventDefault();
}
function onLoad(event: MnLoadEvent) {
  return event.count;
}
</script>

<template>
  <mn-offer-list organisation="x" :page-size="10" :feed-data="undefined" @mn-offer-select="onSelect" @mn-load="onLoad"></mn-offer-list>
  <mn-trade-explorer hide-empty @mn-trade-select="(e) => e.tradeId"></mn-trade-explorer>
  <mn-application-form offer-id="1" :timeout="1000" @mn-application-error="(e) => e.retryable"></mn-application-form>
  <!-- @vue-expect-error: pageSize is a number -->
  <mn-offer-list :page-size="'10'"></mn-offer-list>
  <!-- @vue-expect-error: a sort the list does not know -->
  <mn-offer-list sort="oldest"></mn-offer-list>
  <!-- @vue-expect-error: the handler of mn-offer-select gets an MnOfferSelectEvent -->
  <mn-offer-list @mn-offer-select="onLoad"></mn-offer-list>
  <!-- @vue-expect-error: the handler of mn-load gets an MnLoadEvent -->
  <mn-trade-explorer @mn-load="(e: MnOfferSelectEvent) => e.offerId"></mn-trade-explorer>
</template>
`,
);
write('vue/JobsPage.vue', readFileSync('examples/vue/src/JobsPage.vue', 'utf8'));
write('vue-types/Ok.vue', readFileSync(join(consumer, 'vue/Ok.vue'), 'utf8').replace(`import type {} from '${pkg.name}/vue';\n`, ''));

// The manifest (from the JSDoc) and the typings (from the classes) agree: tags, properties, events.
const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');
const publicFields = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');
write(
  'manifest/agree.ts',
  `import type { MnEvents, MnProperties, MnTag } from '${pkg.name}/react';
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const tags: Equal<MnTag, ${union(tags.map((el) => el.tagName))}> = true;
${tags
  .map(
    (el) => `export const propertiesOf_${el.name}: Equal<keyof MnProperties<'${el.tagName}'>, ${union(publicFields(el).map((m) => m.name))}> = true;
export const eventsOf_${el.name}: Equal<keyof MnEvents<'${el.tagName}'>, ${union((el.events ?? []).map((e) => e.name).filter(Boolean))}> = true;`,
  )
  .join('\n')}
`,
);

// Plain DOM: the events' types in `GlobalEventHandlersEventMap`, down to their codes.
write(
  'dom/events.ts',
  `import type { ApplicationErrorCode, LoadErrorCode } from '${pkg.name}';

document.addEventListener('mn-error', (event) => {
  const code: LoadErrorCode = event.code;
  return code === 'not-found' || code === 'module';
});
document.addEventListener('mn-application-error', (event) => {
  const code: ApplicationErrorCode = event.code;
  return code === 'network' && event.retryable;
});
// @ts-expect-error: no such code
document.addEventListener('mn-error', (event) => event.code === 'offline');
`,
);

const projects = [];
for (const [resolution, options] of Object.entries(resolutions)) {
  projects.push([`react-${resolution}`, 'tsc', { compilerOptions: { ...compilerOptions, ...options }, include: ['react', 'manifest', 'dom'] }]);
  projects.push([`vue-${resolution}`, 'vue-tsc', { compilerOptions: { ...compilerOptions, ...options }, include: ['vue'] }]);
}
for (const framework of ['react', 'vue']) {
  projects.push([
    `${framework}-types-option`,
    framework === 'vue' ? 'vue-tsc' : 'tsc',
    { compilerOptions: { ...compilerOptions, ...resolutions.bundler, types: [`${pkg.name}/${framework}`] }, include: [`${framework}-types`] },
  ]);
}
for (const [project, compiler, config] of projects) {
  write(`tsconfig.${project}.json`, json(config));
  const res = spawnSync(resolve('node_modules/.bin', compiler), ['-p', `tsconfig.${project}.json`, '--pretty', 'false'], { cwd: consumer, encoding: 'utf8' });
  if (res.status !== 0) {
    // an error of manifest/agree.ts is named by the constant of its line (e.g. `eventsOf_MnOfferList`)
    const agree = readFileSync(join(consumer, 'manifest/agree.ts'), 'utf8').split('\n');
    const errors = `${res.stdout}${res.stderr}`
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^manifest\/agree\.ts\((\d+),\d+\).*$/, (all, n) => `${all} The typings and custom-elements.json differ: ${agree[n - 1].split(':')[0].replace('export const ', '')}.`));
    problems.push(`the typings do not compile for a consumer (${project}, ${compiler}):\n    ${errors.join('\n    ')}`);
  }
}

// 5. Every script export imports in Node, as a framework rendering the page on a server does: nothing may touch
// `document` or `window` at import time.
const scripts = Object.entries(pkg.exports).filter(([, value]) => typeof value === 'object' && value.default?.endsWith('.js'));
for (const [sub] of scripts) {
  const specifier = sub === '.' ? pkg.name : `${pkg.name}/${sub.replace(/^\.\//, '')}`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`], { cwd: consumer, encoding: 'utf8' });
  if (res.status !== 0) problems.push(`import '${specifier}' fails on a server (Node):\n    ${(res.stderr.split('\n').find((l) => /Error/.test(l)) ?? res.stderr).trim()}`);
}

console.log(`${pack.name}@${pack.version}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked; ${Object.keys(pkg.exports).length} exports; ${tags.length} elements.`);
for (const p of problems) console.error(`✗ ${p}`);
if (problems.length === 0) {
  console.log('✓ the package holds what belongs, every export resolves, every element and event is typed.');
  console.log(`✓ a consumer compiles with the React and Vue typings (${projects.map(([project]) => project).join(', ')}).`);
  console.log(`✓ the ${scripts.length} script exports import on a server (Node).`);
}
process.exit(problems.length ? 1 : 0);
