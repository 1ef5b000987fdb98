#!/usr/bin/env node
// mainprof.mjs — what the page's own thread does during a hook call, by function.
// One app page (headless Chromium), one corpus file (default: the bench's 1 MB of pastes, one
// document per paste), --calls settled calls of window.newsprism.analyze with a pool of
// --workers K; Chromium's sampling CPU profiler (DevTools protocol, 0.1 ms) runs during each
// call only (from the request to the resolved promise, not the painting after it).
// Prints each call's wall time, then the self time per function summed over the calls and
// divided by their number, largest first: JSON.parse shows under its caller (`step` of
// web/parts.js), the garbage collector and native work under "(garbage collector)" and
// "(program)", "(idle)" is the thread waiting (for the workers). The UI module's functions are
// wasm-function[N] (the release build has no names). A sampling profiler counts wall time:
// when the thread waits for a core its current function grows, so compare functions within a
// run, and runs at the same load (docs/app.md, "The page's thread during a hook call").
//
//   node bench/wasm/mainprof.mjs [--file F] [--calls N] [--workers K] [--top N]
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { launch } from '../../tests/e2e/harness.mjs';
import { serve, openAppPage, installSettle } from '../page.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const a = { file: join(ROOT, '.cache/bench/news-1mb.txt'), calls: 4, workers: 2, top: 25 };
const v = process.argv.slice(2);
for (let i = 0; i < v.length; i++) {
  if (v[i] === '--file') a.file = resolve(v[++i]);
  else if (v[i] === '--calls') a.calls = Number(v[++i]);
  else if (v[i] === '--workers') a.workers = Number(v[++i]);
  else if (v[i] === '--top') a.top = Number(v[++i]);
  else { console.error(`mainprof.mjs: unknown argument ${v[i]}`); process.exit(2); }
}
if (!existsSync(a.file)) {
  console.error(`mainprof.mjs: ${a.file} missing: run ./dev.sh bench once (it builds the corpus), or pass --file`);
  process.exit(1);
}
if (!a.file.startsWith(join(ROOT, '.cache/bench') + '/')) {
  console.error('mainprof.mjs: --file must lie in .cache/bench/ (the bench server serves it as /corpus/)');
  process.exit(2);
}
const url = '/corpus/' + a.file.slice(join(ROOT, '.cache/bench').length + 1);

const server = await serve();
const browser = await launch();
try {
  const { page } = await openAppPage(browser, server.origin, { bypassCSP: true });
  page.on('crash', () => console.error('mainprof.mjs: the page crashed'));
  await page.addScriptTag({ url: `${server.origin}/wasm/newsprism_bench.js` });
  await installSettle(page);
  await page.evaluate(async ({ url, k }) => {
    const driver = await import('/bench/wasm/driver.mjs');
    const pastes = driver.splitPastes(await (await fetch(url)).text());
    window.__docs = pastes.map((text, i) => ({ id: 'paste' + (i + 1), title: '', text }));
    window.newsprism.debug.workers(k);
    for (let i = 0; i < 2; i++) { await window.__settle(); await window.newsprism.analyze(window.__docs); }  // warm-up
  }, { url, k: a.workers });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });  // microseconds
  const self = new Map(), wall = [];
  for (let c = 0; c < a.calls; c++) {
    await page.evaluate(() => window.__settle());
    await cdp.send('Profiler.start');
    wall.push(await page.evaluate(async () => {
      const t0 = performance.now();
      await window.newsprism.analyze(window.__docs);
      return Math.round(performance.now() - t0);
    }));
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`.trim();
      self.set(name, (self.get(name) || 0) + (profile.timeDeltas[i] || 0) / 1000);
    });
  }
  const rows = [...self.entries()].sort((x, y) => y[1] - x[1]).slice(0, a.top);
  console.log(`${url}, ${a.calls} settled calls, ${a.workers} worker(s): ${wall.join(', ')} ms`);
  console.log('ms per call (self time, page thread)');
  for (const [name, ms] of rows) console.log(`${(ms / a.calls).toFixed(1).padStart(8)}  ${name}`);
} finally {
  await browser.close();
  server.close();
}
