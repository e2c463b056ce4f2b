// The script-tag builds. The npm build (unbundled ESM + .d.ts, Lit external) is `tsc -p tsconfig.build.json`.
//  - dist/mn-widgets.js: one self-contained, minified ES module that registers every mn-* element.
//    Heavy parts that only some pages need (the rich-text sanitiser, the application form inside an
//    offer detail) are split into dist/chunks/ and loaded on demand, relative to the bundle's URL.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [
  nodeResolve({ browser: true }),
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    outDir: 'dist',
    include: ['src/**/*.ts'],
  }),
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
