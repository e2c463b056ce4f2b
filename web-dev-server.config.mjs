// Development server for previews of the TypeScript sources (not the demo: `npm start` serves the built bundle).
//   npx web-dev-server --config web-dev-server.config.mjs  → http://127.0.0.1:8001/
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8001),
  hostname: '127.0.0.1',
  open: false,
  watch: false,
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
