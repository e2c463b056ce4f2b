#!/usr/bin/env node
// Checks what `npm pack` would publish (after `npm run build`): only what belongs, every
// export resolvable, every element typed in HTMLElementTagNameMap and every event in
// GlobalEventHandlersEventMap.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const problems = [];
const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0];
const files = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// 1. Only what belongs.
const allowed = [/^dist\//, /^schema\/[\w-]+\.schema\.json$/, /^custom-elements\.json$/, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
for (const f of files) if (!allowed.some((re) => re.test(f))) problems.push(`not to be published: ${f}`);
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

console.log(`${pack.name}@${pack.version}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked; ${Object.keys(pkg.exports).length} exports; ${tags.length} elements.`);
for (const p of problems) console.error(`✗ ${p}`);
if (problems.length === 0) console.log('✓ the package holds what belongs, every export resolves, every element and event is typed.');
process.exit(problems.length ? 1 : 0);
