// Lets the browser tests import the framework examples (examples/react, examples/vue) as an app
// would, while the elements stay the test page's own modules (src/, one copy of each):
// - `*.tsx` files are bundled with React by esbuild (React is CommonJS);
// - `*.vue` files are compiled by Vue's own SFC compiler, with the `isCustomElement` option of
//   examples/vue/vite.config.ts;
// - `vue` is Vue's ES module build for browsers (development build);
// - `@metiers-numeriques/widgets/…` is the module of src/ that the package's export points to.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { build, transform } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// the development build: its warnings are part of what the tests check
const VUE_BROWSER_BUILD = '/node_modules/vue/dist/vue.runtime.esm-browser.js';

/** `@metiers-numeriques/widgets/mn-offer-list.js` → `/src/components/offer-list/mn-offer-list.ts`. */
function sourceOf(specifier) {
  if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) return undefined;
  const target = pkg.exports[`.${specifier.slice(pkg.name.length)}`]?.default;
  if (typeof target !== 'string' || !target.startsWith('./dist/')) throw new Error(`${specifier}: not an export of ${pkg.name}`);
  return target.replace(/^\.\/dist\//, '/src/').replace(/\.js$/, '.ts');
}

export function frameworksPlugin({ rootDir = process.cwd() } = {}) {
  const file = (path) => join(rootDir, decodeURIComponent(path));
  return {
    name: 'mn-frameworks',

    resolveImport({ source, context }) {
      if (source === 'vue') return VUE_BROWSER_BUILD;
      const widgets = sourceOf(source);
      if (widgets) return widgets;
      // a relative `./x.js` written in TypeScript for a `./x.tsx` file
      if (source.startsWith('.') && source.endsWith('.js') && /\.tsx?$/.test(context.path)) {
        const tsx = `${source.slice(0, -3)}.tsx`;
        if (existsSync(join(dirname(file(context.path)), tsx))) return tsx;
      }
      return undefined;
    },

    async serve(context) {
      if (context.path.endsWith('.tsx')) {
        const result = await build({
          entryPoints: [file(context.path)],
          bundle: true,
          write: false,
          format: 'esm',
          target: 'es2022',
          jsx: 'automatic',
          sourcemap: 'inline',
          logLevel: 'silent',
          define: { 'process.env.NODE_ENV': '"production"' },
          plugins: [
            {
              name: 'widgets-from-src',
              setup(b) {
                b.onResolve({ filter: /^@metiers-numeriques\/widgets(\/|$)/ }, (args) => ({ path: sourceOf(args.path), external: true }));
              },
            },
          ],
        });
        return { body: result.outputFiles[0].text, type: 'js' };
      }
      if (context.path.endsWith('.vue')) {
        const filename = file(context.path);
        // as examples/vue/vite.config.ts (@vitejs/plugin-vue passes them to the parser and the compiler)
        const compilerOptions = { isCustomElement: (tag) => tag.startsWith('mn-') };
        const { descriptor, errors } = parse(await readFile(filename, 'utf8'), { filename, templateParseOptions: compilerOptions });
        if (errors.length > 0) throw errors[0];
        const script = compileScript(descriptor, {
          id: posix.basename(context.path),
          inlineTemplate: true,
          templateOptions: { compilerOptions },
        });
        const { code } = await transform(script.content, { loader: 'ts', target: 'es2022', sourcefile: filename });
        return { body: code, type: 'js' };
      }
      return undefined;
    },
  };
}
