// Lets the browser tests import the framework examples (examples/react, examples/vue,
// examples/angular) as an app would, while the elements stay the test page's own modules (src/,
// one copy of each):
// - `*.tsx` files are bundled with React by esbuild (React is CommonJS);
// - `*.vue` files are compiled by Vue's own SFC compiler, with the `isCustomElement` option of
//   examples/vue/vite.config.ts;
// - `examples/angular/**/*.ts` files are compiled ahead of time by Angular's compiler, with
//   examples/angular/tsconfig.json (`strictTemplates`), as `ng build` does: a template error
//   (an unknown element or property, a wrongly typed `$event`) fails the test module; Angular's own
//   packages, published partially compiled, go through its linker, as `ng build` does;
// - `vue` is Vue's ES module build for browsers (development build);
// - `@metiers-numeriques/widgets/…` is the module of src/ that the package's export points to.
import { existsSync, readFileSync, statSync } from 'node:fs';
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

const ANGULAR_EXAMPLE = /^\/examples\/angular\/.+\.ts$/;
const ANGULAR_PACKAGE = /^\/node_modules\/@angular\/.+\.mjs$/;

/**
 * Compiles the Angular example with ngtsc (AOT, the default of `ng build`), in memory: the emitted
 * JavaScript of each file, by absolute path. Throws the compiler's diagnostics, if any.
 */
function compileAngular(ng, tsconfig) {
  const { createCompilerHost, formatDiagnostics, performCompilation, readConfiguration } = ng;
  const config = readConfiguration(tsconfig);
  if (config.errors.length > 0) throw new Error(formatDiagnostics(config.errors));
  // each file's JavaScript beside it (in memory), with its source map inline
  const options = { ...config.options, outDir: config.options.rootDir, noEmit: false, declaration: false, declarationMap: false, sourceMap: false, inlineSourceMap: true, inlineSources: true };
  const host = createCompilerHost({ options });
  const emitted = new Map();
  host.writeFile = (fileName, text) => emitted.set(fileName, text);
  const { diagnostics } = performCompilation({ rootNames: config.rootNames, options, host });
  if (diagnostics.length > 0) throw new Error(`Angular compilation of ${tsconfig} failed:\n${formatDiagnostics(diagnostics)}`);
  return emitted;
}

export function frameworksPlugin({ rootDir = process.cwd() } = {}) {
  const file = (path) => join(rootDir, decodeURIComponent(path));
  // compiled once, again when one of the example's files changes
  let angular;
  const angularOutput = async () => {
    const ng = await import('@angular/compiler-cli'); // only the runs that test Angular load it
    const tsconfig = join(rootDir, 'examples/angular/tsconfig.json');
    const stamp = [tsconfig, ...ng.readConfiguration(tsconfig).rootNames].map((f) => statSync(f).mtimeMs).join();
    if (angular?.stamp !== stamp) angular = { stamp, output: compileAngular(ng, tsconfig) };
    return angular.output;
  };
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
          // React's development build: its warnings are part of what the tests check
          define: { 'process.env.NODE_ENV': '"development"' },
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
      if (ANGULAR_EXAMPLE.test(context.path)) {
        const js = (await angularOutput()).get(file(context.path).replace(/\.ts$/, '.js'));
        if (js === undefined) throw new Error(`${context.path}: not part of examples/angular/tsconfig.json`);
        return { body: js, type: 'js' };
      }
      return undefined;
    },

    async transform(context) {
      if (!ANGULAR_PACKAGE.test(context.path) || typeof context.body !== 'string' || !context.body.includes('ɵɵngDeclare')) return undefined;
      const [{ transformAsync }, { default: linkerPlugin }] = await Promise.all([import('@babel/core'), import('@angular/compiler-cli/linker/babel')]);
      const { code } = await transformAsync(context.body, {
        filename: file(context.path),
        plugins: [linkerPlugin],
        babelrc: false,
        configFile: false,
        compact: false,
        sourceMaps: false,
      });
      return { body: code };
    },
  };
}
