// harness.mjs — shared by the end-to-end tests: serve dist/ on 127.0.0.1, open it in Debian's
// headless Chromium (playwright-core, no downloaded browser), record console errors and every
// request, and give helpers for screenshots.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = join(ROOT, 'dist');
export const OUT = join(ROOT, 'tests/e2e/out');
mkdirSync(OUT, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.css': 'text/css',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
};

// A static server for dist/, mounted under `prefix` (to prove sub-path hosting works).
export async function serveDist(prefix = '/') {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) { res.writeHead(404).end(); return; }
      path = path.slice(prefix.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const file = normalize(join(DIST, path));
      if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
      await stat(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

// Chromium 156's headless mode builds a window's WebUI omnibox popup for every new browser
// context: a "WebUI Top Renderer" process that took ~3.5 s of CPU during each page load here (a
// Chrome trace of one first-frame run), so on two cores our first frame waited on the browser's
// own toolbar (navigation -> first frame 1.5-1.7 s; 0.9-1.1 s without it). A tab opened in a
// person's browser does not pay that. Puppeteer turns the same two features off by default.
// Chromium reads only the last --disable-features, and playwright-core (1.65.1, package.json)
// passes its own list first, so this one repeats that list and adds the two.
const DISABLED_FEATURES = [
  // playwright-core 1.65.1's list (chromiumSwitches.ts)
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  // ours
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup',
];

// Flags verified on these machines (TOOLCHAIN.md): SwiftShader WebGL, no background traffic.
export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-features=' + DISABLED_FEATURES.join(','),
      // NP_CHROMIUM_ARGS: extra switches for an experiment (e.g. V8's --js-flags), space-separated
      ...(process.env.NP_CHROMIUM_ARGS ? process.env.NP_CHROMIUM_ARGS.split(' ') : [])],
    // playwright gives every launch a new empty profile (the --user-data-dir of TOOLCHAIN.md)
  });
}

// Opens the app and waits for window.newsprism.ready. Returns the page and what it logged.
// init: a function run in the page before its own scripts (e.g. to set localStorage), with
// initArg as its argument.
export async function openApp(browser, url, { width = 1280, height = 800, deviceScaleFactor = 1, init = null, initArg } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, acceptDownloads: true });
  if (init) await context.addInitScript(init, initArg);
  const page = await context.newPage();
  const log = { errors: [], requests: [], failed: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url);
  await page.waitForFunction(() => window.newsprism && window.newsprism.version, null, { timeout: 30000 });
  await page.evaluate(() => window.newsprism.ready);
  // Two animation frames so the first ImGui frame is on the canvas.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { context, page, log };
}

// Pixel statistics of a PNG screenshot region, computed in the page (no image library needed).
export async function pixelStats(page, png, clip) {
  return page.evaluate(async ({ b64, clip }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const r = clip || { x: 0, y: 0, width: img.width, height: img.height };
    const d = g.getImageData(r.x, r.y, r.width, r.height).data;
    let sum = 0, sum2 = 0, n = 0;
    const colors = new Set();
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i] + d[i + 1] + d[i + 2]) / 3;
      sum += v; sum2 += v * v; n++;
      if (colors.size < 4096) colors.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    const mean = sum / n;
    return { mean, variance: sum2 / n - mean * mean, colors: colors.size };
  }, { b64: png.toString('base64'), clip });
}

// One app page per test file: registers node:test before/after hooks that serve dist/ under
// `prefix`, launch Chromium and open the app, then `setup(app)` if given. Returns the object
// they fill: { server, browser, context, page, log }.
export function useApp(prefix = '/', setup = null) {
  const app = {};
  before(async () => {
    app.server = await serveDist(prefix);
    app.browser = await launch();
    Object.assign(app, await openApp(app.browser, app.server.url));
    if (setup) await setup(app);
  });
  after(async () => {
    await app.context?.close();
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}
