import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // <mn-…> are custom elements, not Vue components.
          isCustomElement: (tag) => tag.startsWith('mn-'),
        },
      },
    }),
  ],
});
