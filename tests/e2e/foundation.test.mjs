// foundation.test.mjs — the page loads from static files under a sub-path, renders with
// WebGL2, reports its version through window.newsprism, logs no error and asks nothing
// from any other origin, and what it downloads stays within issue #9's budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist, launch, openApp, pixelStats, OUT, ROOT, DIST } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serveDist('/some/sub/path/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('page renders, reports its version, and stays on its own origin', async () => {
  const { page, log, context } = await openApp(browser, server.url);
  const version = await page.evaluate(() => window.newsprism.version);
  const want = readFileSync(join(ROOT, 'CMakeLists.txt'), 'utf8').match(/project\(newsprism VERSION ([0-9.]+)/)[1];
  assert.equal(version, want);
  const png = await page.screenshot({ path: join(OUT, 'foundation.png') });
  const stats = await pixelStats(page, png);
  assert.ok(stats.variance > 20, `canvas looks blank (variance ${stats.variance.toFixed(1)})`);
  assert.ok(stats.colors > 8, `canvas has too few colours (${stats.colors})`);
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(log.failed, [], 'failed requests');
  const foreign = log.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  await context.close();
});

// The page's WebAssembly modules and their glue among requested URLs: a browser that fails a
// check of web/loader.js must not download them.
const moduleRequests = (urls) => urls.filter((u) => /\.wasm$|newsprism(_worker)?\.js$/.test(u));

test('a clear message when WebGL2 is missing', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : orig.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url);
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status'), /WebGL2/);
  await page.waitForTimeout(300);
  assert.deepEqual(moduleRequests(requests), [], 'no module requested');
  await context.close();
});

// The worker is built with WebAssembly SIMD and bulk memory: a browser whose validator rejects
// them (simulated: validate() answers false) gets a message naming what is missing, and no
// module is loaded at all (nothing half-started).
test('a clear message when WebAssembly SIMD is missing', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { WebAssembly.validate = () => false; });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url);
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status'), /WebAssembly with SIMD/);
  assert.equal(await page.evaluate(() => window.newsprism.ready.then(() => 'ready', (e) => e.message)),
    await page.textContent('#status-text'));
  await page.waitForTimeout(300);
  assert.deepEqual(moduleRequests(requests), [], 'no module requested');
  await context.close();
});

// The worker fetches its data (dist/assets/) itself: a file that does not come makes every
// analysis fail with a message naming it, and the worker is not restarted over and over.
test('a clear message when the analysis data does not load', async () => {
  const context = await browser.newContext();
  const asked = [];
  await context.route('**/assets/ner.model', (route) => { asked.push(route.request().url()); route.fulfill({ status: 404, body: '' }); });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.newsprism && window.newsprism.version, null, { timeout: 30000 });
  await page.evaluate(() => window.newsprism.ready);
  const error = await page.evaluate(() => window.newsprism.analyze('A 10% tariff on steel.').then(() => 'analysed', (e) => e.message));
  assert.match(error, /analysis data did not load \(assets\/ner\.model: HTTP 404\)/);
  await page.waitForTimeout(500);
  // One fetch per worker of the pool (no restart loop).
  const workers = await page.evaluate(() => navigator.hardwareConcurrency);
  assert.ok(asked.length >= 1 && asked.length <= Math.max(1, workers), `ner.model asked ${asked.length} times`);
  await context.close();
});

// Issue #9's download budget: dist/ at most 3 MB, 1.2 MB gzipped (as a static host serves it;
// gzip level 9, like bench/page.mjs). A size, not a time: it cannot pass by luck, so a change
// that outgrows the budget fails here instead of in the next bench run.
test('dist/ stays within 3 MB and 1.2 MB gzipped', () => {
  let bytes = 0, gzipped = 0, files = 0;
  const walk = (dir) => {
    for (const n of readdirSync(dir)) {
      const f = join(dir, n);
      if (statSync(f).isDirectory()) { walk(f); continue; }
      const body = readFileSync(f);
      bytes += body.length;
      gzipped += gzipSync(body, { level: 9 }).length;
      files++;
    }
  };
  walk(DIST);
  assert.ok(files >= 8, `dist/ holds only ${files} files: not a built page`);
  assert.ok(bytes <= 3e6, `dist/ is ${bytes} bytes (budget 3,000,000)`);
  assert.ok(gzipped <= 1.2e6, `dist/ is ${gzipped} bytes gzipped (budget 1,200,000)`);
});
