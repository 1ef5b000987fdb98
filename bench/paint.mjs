#!/usr/bin/env node
// paint.mjs — what one painted frame of the app costs where the canvas is painted in software
// (headless Chromium's SwiftShader): the share of the canvas its triangles cover, and the GPU
// process's time per painted frame while the mouse moves over the sample's view.
// docs/app.md, "What a painted frame costs"; tests/e2e/paint.test.mjs asserts the coverage.
//
//   node bench/paint.mjs [--moves N]        (NP_DIST=DIR: another build of the site)
//
// The GPU time is the GPU process main thread's `CommandBuffer::Flush` in a Chrome trace (where
// the WebGL commands run), summed over the run and divided by the frames painted (one clear
// each). Other processes share the cores: compare builds in alternated runs.
import { launch } from '../tests/e2e/harness.mjs';
import { coverageProbe } from '../tests/e2e/app_support.mjs';
import { serve } from './page.mjs';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

let moves = 10;
const v = process.argv.slice(2);
for (let i = 0; i < v.length; i++) {
  if (v[i] === '--moves') moves = Number(v[++i]);
  else { console.error(`paint.mjs: unknown argument ${v[i]}`); process.exit(2); }
}

const server = await serve();
const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'np-paint-'));
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(coverageProbe);
  const page = await context.newPage();
  await page.goto(`${server.origin}/dist/index.html`);
  await page.waitForFunction(() => window.newsprism && window.newsprism.version, null, { timeout: 60000 });
  await page.evaluate(() => window.newsprism.ready);
  await page.evaluate(() => window.newsprism.idle && window.newsprism.idle());  // the sample, shown
  await page.waitForTimeout(1500);

  // One frame's coverage.
  const grabbed = page.evaluate(() => window.__npGrab());
  await page.mouse.move(600, 400);
  await page.mouse.move(605, 405);
  const frame = await grabbed;

  // GPU time per painted frame.
  const path = join(dir, 'trace.json');
  await page.waitForTimeout(1000);
  await browser.startTracing(page, { path, categories: ['gpu', 'toplevel', 'devtools.timeline'] });
  const f0 = await page.evaluate(() => window.__npFrames);
  for (let i = 0; i < moves; i++) {
    await page.mouse.move(300 + i * 20, 300 + (i % 3) * 10);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);  // the last frames' commands
  const painted = (await page.evaluate(() => window.__npFrames)) - f0;
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(path, 'utf8'));
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const gpuMain = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrGpuMain')
    .map((e) => `${e.pid}:${e.tid}`));
  let flushUs = 0;
  for (const e of events)
    if (e.ph === 'X' && e.name === 'CommandBuffer::Flush' && gpuMain.has(`${e.pid}:${e.tid}`)) flushUs += e.dur || 0;
  const out = {
    canvas: [1280, 800], coverage: frame.pixels / (1280 * 800), draws: frame.draws,
    frames_painted: painted, gpu_ms: flushUs / 1000, gpu_ms_per_frame: painted ? flushUs / 1000 / painted : null,
  };
  console.log(JSON.stringify(out));
  await context.close();
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
