import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { transform } from 'esbuild';

// Vite 8 transpiles TypeScript with Oxc, which does not lower standard (TC39) decorators:
// run our own .ts files through esbuild first.
const esbuildDecorators = (): Plugin => ({
  name: 'esbuild-standard-decorators',
  enforce: 'pre',
  async transform(code, id) {
    const file = id.split('?')[0];
    if (!/\.[cm]?ts$/.test(file) || file.includes('/node_modules/') || !/@\w+/.test(code)) return null;
    const out = await transform(code, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: file,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } },
    });
    return { code: out.code, map: out.map };
  },
});

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (config) => {
    config.plugins = [esbuildDecorators(), ...(config.plugins ?? [])];
    // @storybook/web-components imports lit/directive-helpers.js, which Vite does not pre-bundle:
    // without this a second lit-html instance loads in the dev server.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    return config;
  },
};
export default config;
