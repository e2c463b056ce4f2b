// WebKitGTK's MiniBrowser through WebKitWebDriver. Needs an X display: run under `xvfb-run -a`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { baseConfig } from './test/support/wtr-base.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const port = await freePort();
const driver = spawn(process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
const killDriver = () => {
  if (driver.exitCode === null) driver.kill();
};
process.on('exit', killDriver);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killDriver(); process.exit(130); });
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}

export default {
  ...baseConfig,
  // The webdriver launcher only works one page at a time (its iframe mode breaks with WebKitGTK).
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'warn',
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
    }),
  ],
};
