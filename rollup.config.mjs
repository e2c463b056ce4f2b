// The script-tag builds. The npm build (unbundled ESM + .d.ts, Lit external) is `tsc -p tsconfig.build.json`.
//  - dist/mn-widgets.js: one self-contained, minified ES module that registers every mn-* element.
//    Heavy parts that only some pages need (the rich-text sanitiser, the application form inside an
//    offer detail) are split into dist/chunks/ and loaded on demand, relative to the bundle's URL.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** TypeScript sources through esbuild (standard decorators lowered), `./x.js` resolved to `./x.ts`. */
const typescript = () => ({
  name: 'typescript-esbuild',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } },
    });
    return { code: out.code, map: out.map };
  },
});

const plugins = () => [
  typescript(),
  nodeResolve({ browser: true }),
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
];

export default [
  {
    input: { 'mn-widgets': 'src/all.ts' },
    output: {
      dir: 'dist',
      format: 'esm',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: plugins(),
  },
];
