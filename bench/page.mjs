#!/usr/bin/env node
// page.mjs — the headless-Chromium half of ./dev.sh bench (Debian's /usr/bin/chromium through
// tests/e2e/harness.mjs's launch()); everything is served from 127.0.0.1 by the server below.
//
//   node bench/page.mjs [--peer-file F] [--wasm-file F] [--big-file F] [--repeat N] [--no-peers] [--hook-only]
//                       [--workers 1,2] [--first-frame-only] [--paste-frames]
//
// --first-frame-only: navigation -> first frame, --repeat times (NP_DIST: another build).
// --hook-only: only the hook on --peer-file (with the app's own split, lastTiming()) and the
// longest frame during --big-file: a quick check while working on the app's speed.
// --paste-frames (with --hook-only): also the longest frame while --big-file arrives as a real
// paste event (the path a person takes: the UI paints the pasted text, then sends it), --repeat
// times: "paste_frames".
// --workers 1,2 (with --hook-only): the hook on --peer-file with each pool size in turn
// (debug.workers(k)), --repeat rounds of them interleaved so every K sees the same machine load,
// the load average noted per round (other processes share the cores): "hook_by_workers".
//
// 1. One page holds NewsPrism and both peers, on the same text (--peer-file, 1 MB):
//    * the app page (dist/index.html) when it has the hook window.newsprism.analyze — the core in
//      its Web Worker, as a user gets it; peers are loaded into it (the context bypasses the
//      page's CSP only so our benchmark scripts may load: the app itself is unchanged);
//    * otherwise (hook not there yet) a blank page;
//    and in either page the wasm harness (build/wasm/bench) runs np::analyze() on the main
//    thread, on the peer text and on --wasm-file (10 MB), to compare wasm-in-page with native.
//    compromise: ES module build (node_modules/compromise/builds/three/compromise-three.mjs);
//    wink-nlp + model: CommonJS, loaded by bench/peers/cjs.js.
// 2. Page budgets (only with dist/): sizes of dist/ (plain and gzip), navigation -> first frame,
//    the sample (assets/sample.txt) through the hook, and the longest frame (requestAnimationFrame
//    deltas) while --big-file (10 MB, one paste) is analysed through the hook.
// Prints one JSON object on stdout; progress on stderr.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { launch } from '../tests/e2e/harness.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
// NP_DIST serves another build of the site (to compare two builds in the same page setup).
const DIST = process.env.NP_DIST ? resolve(process.env.NP_DIST) : join(ROOT, 'dist');
const CORPUS = join(ROOT, '.cache/bench');
const log = (...a) => console.error('[page]', ...a);

function args() {
  const a = { peerFile: join(CORPUS, 'news-1mb.txt'), wasmFile: join(CORPUS, 'news-10mb.txt'),
    bigFile: join(CORPUS, 'news-10mb.txt'), repeat: 3, peers: true, hookOnly: false, workers: null };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '--peer-file') a.peerFile = resolve(v[++i]);
    else if (v[i] === '--wasm-file') a.wasmFile = resolve(v[++i]);
    else if (v[i] === '--big-file') a.bigFile = resolve(v[++i]);
    else if (v[i] === '--repeat') a.repeat = Number(v[++i]);
    else if (v[i] === '--no-peers') a.peers = false;
    else if (v[i] === '--hook-only') a.hookOnly = true;
    else if (v[i] === '--first-frame-only') a.firstFrameOnly = true;
    else if (v[i] === '--paste-frames') a.pasteFrames = true;
    else if (v[i] === '--workers') a.workers = v[++i].split(',').map(Number);
    else { console.error(`page.mjs: unknown argument ${v[i]}`); process.exit(2); }
  }
  return a;
}

// ---- the local server: a fixed table of folders, nothing else -----------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.cjs': 'text/javascript', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};
const MOUNTS = [
  ['/dist/', DIST],
  ['/node_modules/compromise/', join(ROOT, 'node_modules/compromise')],
  ['/node_modules/wink-nlp/', join(ROOT, 'node_modules/wink-nlp')],
  ['/node_modules/wink-eng-lite-web-model/', join(ROOT, 'node_modules/wink-eng-lite-web-model')],
  ['/bench/', join(ROOT, 'bench')],
  ['/wasm/', join(ROOT, 'build/wasm/bench')],
  ['/corpus/', CORPUS],
  ['/assets/', join(ROOT, 'assets')],
];

// assets/ as the CLI reads it (no README.md, no sample*).
function assetNames() {
  const dir = join(ROOT, 'assets');
  return readdirSync(dir).filter((n) => n !== 'README.md' && !n.startsWith('sample') && statSync(join(dir, n)).isFile());
}

export async function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/blank.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html'] });
      res.end('<!doctype html><html><head><meta charset="utf-8"><title>NewsPrism bench</title></head><body></body></html>');
      return;
    }
    if (path === '/assets-index.json') {
      res.writeHead(200, { 'Content-Type': TYPES['.json'] });
      res.end(JSON.stringify(assetNames()));
      return;
    }
    for (const [prefix, dir] of MOUNTS) {
      if (!path.startsWith(prefix)) continue;
      let rel = path.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(dir, rel));
      if (relative(dir, file).startsWith('..')) break;
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' });
        res.end(body);
      } catch { res.writeHead(404).end(); }
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// ---- in-page helpers ---------------------------------------------------------------------
const hasHook = (page) => page.evaluate(() => !!(window.newsprism && typeof window.newsprism.analyze === 'function'));

export async function openAppPage(browser, origin, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...opts });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/dist/index.html`);
  await page.waitForFunction(() => window.newsprism && window.newsprism.version, null, { timeout: 60000 });
  await page.evaluate(() => window.newsprism.ready);
  // The workers load their models after the UI's first frame, then one warms the module up
  // (~0.1-0.5 s; docs/app.md, "Start-up order"): timings start after that, not during it.
  await page.waitForFunction(() => {
    const m = window.newsprism.debug && window.newsprism.debug.workerModules();
    return !m || m.every((v) => v !== null);
  }, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  return { context, page, errors };
}

// window.__settle() in the page: the UI has shown the last result (its painting is over), then
// two frames. Every timed hook call starts from it (hookRun, bench/wasm/mainprof.mjs).
export const installSettle = (page) => page.evaluate(() => {
  window.__settle = async () => {
    if (window.newsprism && window.newsprism.idle) await window.newsprism.idle();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  };
});

export async function loadTools(page, origin, peers) {
  await page.addScriptTag({ url: `${origin}/wasm/newsprism_bench.js` });
  if (peers) await page.addScriptTag({ url: `${origin}/bench/peers/cjs.js` });
  await installSettle(page);
  await page.evaluate(async (peers) => {
    window.__driver = await import('/bench/wasm/driver.mjs');
    if (peers) {
      window.__peersMod = await import('/bench/peers/peers.mjs');
      window.__peers = {
        nlpCompromise: (await import('/node_modules/compromise/builds/three/compromise-three.mjs')).default,
        winkNLP: window.cjsRequire('wink-nlp'),
        winkModel: window.cjsRequire('wink-eng-lite-web-model'),
      };
    }
    const names = await (await fetch('/assets-index.json')).json();
    const res = [];
    for (const n of names) res.push([n, new Uint8Array(await (await fetch('/assets/' + encodeURIComponent(n))).arrayBuffer())]);
    window.__bench = new window.__driver.WasmBench(await window.NewsPrismBench());
    window.__bench.loadModels(res);
  }, peers);
}

// The wasm harness on one corpus file, in the page's main thread.
export const harnessRun = (page, url, repeat) => page.evaluate(async ({ url, repeat }) => {
  const pastes = window.__driver.splitPastes(await (await fetch(url)).text());
  const b = window.__bench;
  b.setDocuments(pastes);
  const r = b.runPipeline(repeat);
  const out = { bytes: b.bytes, documents: b.documents, ...r };
  b.setDocuments([]);
  return out;
}, { url, repeat });

// The app's hook on one corpus file, one document per paste, as the peers get it.
// settled (the default): each timed call starts once the UI shows the previous result
// (newsprism.idle()) and two more frames have passed. The UI paints a 1 MB result for ~0.6 s
// after the hook resolves, and where the canvas is painted in software (headless Chromium:
// SwiftShader's two threads) that painting takes ~550 ms of CPU: a call started at once shares
// the 2 cores with it, and its workers run ~1.5x slower (docs/app.md, "Worker pool").
// settled false: calls back to back, as before (the previous result's painting included).
export const hookRun = (page, url, repeat, settled = true) => page.evaluate(async ({ url, repeat, settled }) => {
  const pastes = window.__driver.splitPastes(await (await fetch(url)).text());
  const enc = new TextEncoder();
  const bytes = pastes.reduce((n, p) => n + enc.encode(p).length, 0);
  const docs = pastes.map((text, i) => ({ id: 'paste' + (i + 1), title: '', text }));
  // The hook takes text or documents; if this version takes text only, the pastes go joined
  // by the paste separator (a form feed the normalizer turns into a space).
  // Asked once per page (the answer's painting would otherwise fall in the next call's time).
  if (window.__hookTakesDocs == null) {
    try { await window.newsprism.analyze(docs.slice(0, 2)); window.__hookTakesDocs = true; } catch (e) { window.__hookTakesDocs = false; }
  }
  const as = window.__hookTakesDocs ? 'documents' : 'text';
  const input = window.__hookTakesDocs ? docs : pastes.join('\n\f\n');
  let best = Infinity, documents = 0;
  const timings = [];
  const all = [];
  for (let i = 0; i < repeat; i++) {
    if (settled) await window.__settle();
    const t0 = performance.now();
    const a = await window.newsprism.analyze(input);
    const ms = performance.now() - t0;
    best = Math.min(best, ms);
    all.push(Math.round(ms));
    documents = a && a.documents ? a.documents.length : 0;
    timings.push(window.newsprism.lastTiming ? window.newsprism.lastTiming() : null);
  }
  return { bytes, documents, as, settled, ms: best, mb_s: bytes / 1e6 / (best / 1e3), runs_ms: all, timings };
}, { url, repeat, settled });

// Rounds of NewsPrism (hook, or else the wasm harness), compromise, wink-nlp, one after the
// other, best of `repeat` each: on a shared machine every library sees the same load, so the
// ratios NewsPrism/peer hold even when absolute speeds drift.
const compareRun = (page, url, repeat, hook) => page.evaluate(async ({ url, repeat, hook }) => {
  const pastes = window.__driver.splitPastes(await (await fetch(url)).text());
  const enc = new TextEncoder();
  const bytes = pastes.reduce((n, p) => n + enc.encode(p).length, 0);
  const P = window.__peersMod, L = window.__peers, b = window.__bench;
  const wink = L.winkNLP(L.winkModel);
  const docs = pastes.map((text, i) => ({ id: 'paste' + (i + 1), title: '', text }));
  if (!hook) b.setDocuments(pastes);
  const best = { newsprism: Infinity, compromise: Infinity, wink: Infinity };
  const found = {};
  const time = async (k, fn) => {
    const t0 = performance.now();
    const r = await fn();
    best[k] = Math.min(best[k], performance.now() - t0);
    return r;
  };
  for (let i = 0; i < repeat; i++) {
    if (hook) await window.__settle();  // the previous round's result painted (see hookRun)
    await time('newsprism', () => (hook ? window.newsprism.analyze(docs) : b.m._bw_run_pipeline()));
    if (hook) await window.__settle();  // not during compromise's run
    found.compromise = await time('compromise', () => P.runCompromise(L.nlpCompromise, pastes));
    found.wink = await time('wink', () => P.runWink(wink, pastes));
  }
  if (!hook) b.setDocuments([]);
  const rate = (ms) => bytes / 1e6 / (ms / 1e3);
  return {
    newsprism: { bytes, documents: pastes.length, via: hook ? 'hook' : 'wasm harness', ms: best.newsprism, mb_s: rate(best.newsprism) },
    peers: {
      bytes, documents: pastes.length, interleaved: true,
      compromise: { ms: best.compromise, mb_s: rate(best.compromise), found: found.compromise },
      wink: { ms: best.wink, mb_s: rate(best.wink), found: found.wink },
    },
  };
}, { url, repeat, hook });


// ---- page budgets --------------------------------------------------------------------------
function distSizes() {
  const out = { wasm: [0, 0], js: [0, 0], data: [0, 0], other: [0, 0], files: {} };
  const walk = (dir) => {
    for (const n of readdirSync(dir)) {
      const f = join(dir, n);
      if (statSync(f).isDirectory()) { walk(f); continue; }
      const body = readFileSync(f);
      const gz = gzipSync(body, { level: 9 }).length;
      const ext = extname(n).slice(1);
      // (the worker's data: assets/, fetched by the worker itself; a .data package before 4 Dec)
      const data = ext === 'data' || relative(DIST, f).startsWith('assets');
      const kind = ext === 'wasm' ? 'wasm' : ext === 'js' || ext === 'mjs' ? 'js' : data ? 'data' : 'other';
      out[kind][0] += body.length; out[kind][1] += gz;
      out.files[relative(DIST, f)] = { bytes: body.length, gzip: gz };
    }
  };
  walk(DIST);
  out.total = ['wasm', 'js', 'data', 'other'].reduce((t, k) => [t[0] + out[k][0], t[1] + out[k][1]], [0, 0]);
  return out;
}

// Navigation -> first frame: the first requestAnimationFrame after the app says it is ready,
// plus one more (so the app's own first frame, drawn in a frame callback, is on screen).
const FIRST_FRAME_PROBE = () => {
  const seen = () => window.newsprism && window.newsprism.version;
  const tick = () => {
    if (seen()) requestAnimationFrame((t) => { window.__npFirstFrame = performance.now(); });
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

async function firstFrame(browser, origin, runs) {
  const times = [], starts = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(FIRST_FRAME_PROBE);
    const page = await context.newPage();
    await page.goto(`${origin}/dist/index.html`);
    await page.waitForFunction(() => window.__npFirstFrame, null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.__npFirstFrame));
    // When the UI module's glue and wasm began to download (web/loader.js starts the glue).
    starts.push(await page.evaluate(() => ['newsprism.js', 'newsprism.wasm'].map((n) => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/' + n));
      return e ? Math.round(e.startTime) : null;
    })));
    await context.close();
  }
  const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
  return { runs: times, median_ms: median(times),
    glue_start_ms: median(starts.map((s) => s[0])), wasm_start_ms: median(starts.map((s) => s[1])) };
}

// The longest gap between animation frames while `url` (one paste) is analysed by the hook.
const frameRun = (page, url) => page.evaluate(async (url) => {
  const text = await (await fetch(url)).text();
  const frames = [];
  let on = true;
  const tick = (t) => { frames.push(performance.now()); if (on) requestAnimationFrame(tick); };
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  if (window.newsprism.ui.frameStats) window.newsprism.ui.frameStats();  // resets its maxima
  requestAnimationFrame(tick);
  const t0 = performance.now();
  await window.newsprism.analyze(text);
  const t1 = performance.now();
  await new Promise((r) => requestAnimationFrame(r));
  const upTo = frames.length;  // the window longest_frame_ms has always covered
  // The UI's intake continues after the hook resolves: reported apart, up to idle().
  if (window.newsprism.idle) await window.newsprism.idle();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  on = false;
  const stats = window.newsprism.ui.frameStats ? window.newsprism.ui.frameStats() : null;
  let longest = 0, toIdle = 0;
  for (let i = 1; i < frames.length; i++) {
    if (frames[i] <= t0) continue;
    if (i < upTo) longest = Math.max(longest, frames[i] - frames[i - 1]);
    toIdle = Math.max(toIdle, frames[i] - frames[i - 1]);
  }
  // Where the longest gap came from: ui_max / gl_max (one UI frame's own work / its painting),
  // handler_max (the longest page-side task: result intake, assembling the hook's object).
  return { bytes: new TextEncoder().encode(text).length, analyze_ms: t1 - t0, frames: frames.filter((f) => f >= t0 && f <= t1).length,
    longest_frame_ms: longest, longest_frame_to_idle_ms: toIdle, frame_stats: stats,
    workers: window.newsprism.debug && window.newsprism.debug.workers ? window.newsprism.debug.workers() : 1 };
}, url);

// The same for a real paste event of `url`: the longest gap from the paste to the end of the
// analysis (the UI no longer busy: longest_frame_ms) and to idle() (the result painted).
const pasteFrameRun = (page, url) => page.evaluate(async (url) => {
  const text = (await (await fetch(url)).text()) + '\n\nRun ' + Math.random() + '.';  // a new input each time
  const frames = [];
  let on = true, end = 0, busySeen = false;
  const tick = () => { frames.push(performance.now()); if (on) requestAnimationFrame(tick); };
  // The end of the analysis, looked for every 20 ms (ui.layout() is a JSON of the UI: not per frame).
  const watch = setInterval(() => {
    if (window.newsprism.ui.layout().busy) busySeen = true;
    else if (busySeen && !end) end = performance.now();
  }, 20);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  requestAnimationFrame(tick);
  const t0 = performance.now();
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  await window.newsprism.idle();
  const t1 = performance.now();
  on = false;
  clearInterval(watch);
  let longest = 0, at = 0, toIdle = 0;
  for (let i = 1; i < frames.length; i++) {
    if (frames[i] <= t0 || frames[i - 1] > t1) continue;
    const gap = frames[i] - frames[i - 1];
    if (end && frames[i] <= end && gap > longest) { longest = gap; at = frames[i - 1] - t0; }
    toIdle = Math.max(toIdle, gap);
  }
  return { bytes: new TextEncoder().encode(text).length, to_end_ms: end - t0, to_idle_ms: t1 - t0,
    longest_frame_ms: longest, longest_frame_at_ms: at, longest_frame_to_idle_ms: toIdle };
}, url);

async function sampleRun(page, text, repeat) {
  return page.evaluate(async ({ text, repeat }) => {
    await window.newsprism.analyze(text);  // warm-up: worker start, first-call allocations
    let best = Infinity;
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      await window.newsprism.analyze(text);
      best = Math.min(best, performance.now() - t0);
    }
    return { bytes: new TextEncoder().encode(text).length, ms: best };
  }, { text, repeat });
}

// ---- main ------------------------------------------------------------------------------------
async function main() {
  const a = args();
  const out = { mode: 'page', chromium: null, notes: [] };
  const corpusUrl = (f) => '/corpus/' + relative(CORPUS, f);
  const haveCorpus = existsSync(a.peerFile) && existsSync(a.wasmFile);
  if (!haveCorpus) out.notes.push('corpus absent (../shared missing?): in-page throughput skipped');
  if (!existsSync(join(ROOT, 'build/wasm/bench/newsprism_bench.js'))) {
    console.error('page.mjs: build/wasm/bench/newsprism_bench.js missing (./dev.sh build)');
    process.exit(1);
  }
  const haveDist = existsSync(join(DIST, 'index.html'));
  const server = await serve();
  let browser = await launch();
  out.chromium = browser.version();
  if (a.firstFrameOnly) {
    out.first_frame = await firstFrame(browser, server.origin, a.repeat);
    await browser.close();
    server.close();
    console.log(JSON.stringify(out));
    return;
  }
  if (a.hookOnly) {
    try {
      const app = await openAppPage(browser, server.origin, { bypassCSP: true });
      await loadTools(app.page, server.origin, false);
      // The same wasm core on the page's main thread before and after, to compare with the
      // worker's own analyze() time (lastTiming().steps.analyze) under the same conditions.
      log('wasm harness and hook on', corpusUrl(a.peerFile));
      out.harness_before = await harnessRun(app.page, corpusUrl(a.peerFile), a.repeat);
      await app.page.evaluate(() => window.newsprism.ui.frameStats());  // resets its maxima
      if (a.workers) {
        out.hook_by_workers = {};
        for (let round = 0; round < a.repeat; round++) {
          for (const k of a.workers) {
            await app.page.evaluate((k) => window.newsprism.debug.workers(k), k);
            const load = loadavg()[0];
            // Two runs per round: the first after the resize takes the new workers' first call.
            // Then two back to back (the second shares the cores with the first's painting):
            // what this mode measured before 30 Nov, kept to show the difference.
            const r = await hookRun(app.page, corpusUrl(a.peerFile), 2);
            const b = await hookRun(app.page, corpusUrl(a.peerFile), 2, false);
            (out.hook_by_workers[k] = out.hook_by_workers[k] || []).push({ mb_s: r.mb_s, ms: r.ms, load1: load,
              timing: r.timings[r.timings.length - 1], back_to_back: { mb_s: b.mb_s, ms: b.ms, runs_ms: b.runs_ms,
                timing: b.timings[b.timings.length - 1] } });
            log(`K=${k} round ${round + 1}: ${r.mb_s.toFixed(2)} MB/s (${r.ms.toFixed(0)} ms; back to back ${b.mb_s.toFixed(2)} MB/s, ` +
              `runs ${b.runs_ms.join('/')} ms), load ${load.toFixed(1)}`);
          }
        }
        await app.page.evaluate(() => window.newsprism.debug.workers(null));
      }
      out.hook_peer_text = await hookRun(app.page, corpusUrl(a.peerFile), a.repeat);
      out.hook_frame_stats = await app.page.evaluate(() => window.newsprism.ui.frameStats());
      out.harness_after = await harnessRun(app.page, corpusUrl(a.peerFile), a.repeat);
      if (existsSync(a.bigFile)) {
        log('longest frame during', corpusUrl(a.bigFile));
        out.frames = await frameRun(app.page, corpusUrl(a.bigFile));
        if (a.pasteFrames) {
          out.paste_frames = [];
          for (let i = 0; i < a.repeat; i++) {
            log(`paste ${i + 1} of`, corpusUrl(a.bigFile));
            out.paste_frames.push(await pasteFrameRun(app.page, corpusUrl(a.bigFile)));
            await app.page.waitForTimeout(1500);  // idle, as a person's next paste finds the page
          }
        }
      }
      if (app.errors.length) out.notes.push('page errors: ' + app.errors.slice(0, 3).join(' | '));
      await app.context.close();
    } finally {
      await browser.close();
      server.close();
    }
    console.log(JSON.stringify(out));
    return;
  }
  try {
    // 1. Throughput in one page.
    let page, context, hook = false;
    if (haveDist) {
      ({ page, context } = await openAppPage(browser, server.origin, { bypassCSP: true }));
      hook = await hasHook(page);
    }
    if (!hook) {
      if (context) await context.close();
      out.notes.push('window.newsprism.analyze not in the app yet: NewsPrism measured with the wasm harness in a blank page');
      context = await browser.newContext();
      page = await context.newPage();
      await page.goto(`${server.origin}/blank.html`);
    }
    out.page = hook ? 'app (dist/index.html)' : 'blank';
    out.hook = hook;
    if (haveCorpus) {
      await loadTools(page, server.origin, a.peers);
      log('wasm harness in the page:', corpusUrl(a.peerFile));
      out.harness_peer_text = await harnessRun(page, corpusUrl(a.peerFile), a.repeat);
      log('wasm harness in the page:', corpusUrl(a.wasmFile));
      out.harness = await harnessRun(page, corpusUrl(a.wasmFile), a.repeat);
      if (hook) {
        log('hook on the peer text');
        out.hook_peer_text = await hookRun(page, corpusUrl(a.peerFile), a.repeat);
      }
      if (a.peers) {
        log('peers in the page (compromise is slow: about a minute)');
        const both = await compareRun(page, corpusUrl(a.peerFile), a.repeat, hook);
        out.peers = both.peers;
        out.newsprism_interleaved = both.newsprism;
      }
    }
    await context.close();
    // The budgets are a person's: a browser that has not just run the peers. Closing the
    // context left its heap (compromise's runs: several hundred MB) to be freed on the same 2
    // cores while the budgets ran (3 Dec: the 10 MB paste's longest frame was 208-263 ms right
    // after it, 48-109 ms alone), so they get a browser of their own.
    await browser.close();
    browser = await launch();

    // 2. Page budgets.
    if (haveDist) {
      out.dist = distSizes();
      log('first frame');
      out.first_frame = await firstFrame(browser, server.origin, 3);
      if (hook) {
        const app = await openAppPage(browser, server.origin, { bypassCSP: true });
        const sample = join(ROOT, 'assets/sample.txt');
        if (existsSync(sample)) {
          log('sample through the hook');
          out.sample = await sampleRun(app.page, readFileSync(sample, 'utf8'), 5);
        } else out.notes.push('assets/sample.txt absent: sample timing skipped');
        if (existsSync(a.bigFile)) {
          log('longest frame during', corpusUrl(a.bigFile));
          out.frames = await frameRun(app.page, corpusUrl(a.bigFile));
        }
        if (app.errors.length) out.notes.push('page errors: ' + app.errors.slice(0, 3).join(' | '));
        await app.context.close();
      } else out.notes.push('hook absent: sample and longest-frame budgets not measured');
    } else out.notes.push('dist/ absent: page budgets skipped');
  } finally {
    await browser.close();
    server.close();
  }
  console.log(JSON.stringify(out));
}

// Run only as a script (bench/wasm/split.mjs imports the helpers above).
if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) await main();
