#!/usr/bin/env node
// split.mjs — where does the page's worker lose time against the wasm harness on the main thread?
// One app page (headless Chromium), one corpus file (1 MB of pastes), four ways of running the
// same core, interleaved round by round so each sees the same machine load:
//   main    the wasm harness (newsprism_bench: np::analyze only) on the page's main thread
//   hworker the same harness module in a plain Web Worker of the same page (harness_worker.js)
//   raw     the app's worker module (dist/newsprism_worker.js) in a Web Worker this script starts,
//           outside the page's pool: its own compiled module, no page-side intake
//   hook    window.newsprism.analyze with the page's pool of --workers K, on a settled page
//           (the UI has shown the previous result: bench/page.mjs hookRun)
//   hook_at_once  the same call again as soon as `hook` resolved, while the UI paints its result
// Each way also gets the CPU time of every Chromium thread during it (from /proc: does not depend
// on the machine's load), by process type and thread name: renderer:DedicatedWorker is the
// workers, renderer:chromium the page's main thread, gpu-process:Thread<NN> SwiftShader painting.
// For raw and hook, `analyze` is the worker's own np::analyze step (timing.analyze: without
// serializing and cutting), the number to compare with main and hworker.
//
//   node bench/wasm/split.mjs [--file F] [--rounds N] [--warm N] [--workers K]
// Prints one JSON object (per way: every round's ms, and the best); progress on stderr.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../../tests/e2e/harness.mjs';
import { serve, openAppPage, loadTools, harnessRun, hookRun } from '../page.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const a = { file: join(ROOT, '.cache/bench/news-1mb.txt'), rounds: 4, warm: 2, workers: 1 };
const v = process.argv.slice(2);
for (let i = 0; i < v.length; i++) {
  if (v[i] === '--file') a.file = resolve(v[++i]);
  else if (v[i] === '--rounds') a.rounds = Number(v[++i]);
  else if (v[i] === '--warm') a.warm = Number(v[++i]);
  else if (v[i] === '--workers') a.workers = Number(v[++i]);
  else { console.error(`split.mjs: unknown argument ${v[i]}`); process.exit(2); }
}
const url = '/corpus/' + a.file.slice(join(ROOT, '.cache/bench').length + 1);
const log = (...x) => console.error('[split]', ...x);

// CPU time per thread of this script's Chromium (its processes descend from this node process),
// from /proc/<pid>/task/<tid>/schedstat (ns on a CPU): unlike wall times it does not depend on
// what else the machine runs. Keyed by process type and thread name (Chromium names its
// threads: CrRendererMain, DedicatedWorker thread, CrGpuMain, ...).
function chromiumThreads() {
  const procs = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      procs.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of procs) if (!ours.has(pid) && ours.has(ppid)) { ours.add(pid); grew = true; }
  }
  ours.delete(process.pid);
  const out = new Map();
  for (const pid of ours) {
    let type = 'browser';
    try {
      const m = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      if (m) type = m[1];
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chrom')) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        // schedstat: ns on a CPU, ns runnable but waiting for one, time slices.
        const [ns, waitNs] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        out.set(`${pid}/${tid}`, { key: `${type}:${comm}`, ns, waitNs });
      }
    } catch {}
  }
  return out;
}
// CPU ms per thread kind spent between two snapshots (threads that came and went count as far
// as they were seen). Each worker thread also on its own ("renderer:DedicatedWorker#<tid>":
// [ms on a CPU, ms waiting for one]): a worker whose wall time is well above its CPU time
// either waited for a core (the second number) or for work (a message).
function cpuSince(before) {
  const now = chromiumThreads(), by = {};
  for (const [id, t] of now) {
    const ms = (t.ns - (before.get(id)?.ns || 0)) / 1e6;
    if (ms >= 1) by[t.key] = Math.round((by[t.key] || 0) + ms);
    if (ms >= 1 && /DedicatedWorker|CrRendererMain/.test(t.key))
      by[`${t.key}#${id.split('/')[1]}`] = [Math.round(ms), Math.round((t.waitNs - (before.get(id)?.waitNs || 0)) / 1e6)];
  }
  return by;
}

const server = await serve();
const browser = await launch();
const out = { file: url, workers: a.workers, ways: {} };
try {
  const app = await openAppPage(browser, server.origin, { bypassCSP: true });
  const page = app.page;
  page.on('crash', () => log('page crashed'));
  page.on('console', (m) => { if (m.type() === 'error') log('console:', m.text()); });
  await loadTools(page, server.origin, false);
  await page.evaluate(async ({ url, k }) => {
    window.newsprism.debug.workers(k);
    // The harness in a plain worker.
    const names = await (await fetch('/assets-index.json')).json();
    const assets = [];
    for (const n of names) assets.push([n, new Uint8Array(await (await fetch('/assets/' + encodeURIComponent(n))).arrayBuffer())]);
    const hw = new Worker('/bench/wasm/harness_worker.js');
    await new Promise((ok) => { hw.onmessage = ok; hw.postMessage({ type: 'init', assets }); });
    window.__hw = (repeat) => new Promise((ok) => { hw.onmessage = (e) => ok(e.data); hw.postMessage({ type: 'run', url, repeat }); });
    // The app's worker module in a worker of our own (it compiles its own module).
    const raw = new Worker('/dist/newsprism_worker.js');
    raw.postMessage({ type: 'module', module: null });
    const text = await (await fetch(url)).text();
    const docs = text.split('\n\f\n').filter((p) => p.length > 0).map((t, i) => ({ id: 'paste' + (i + 1), title: '', text: t }));
    let seq = 0;
    window.__raw = () => new Promise((ok, no) => {
      const id = ++seq, t0 = performance.now();
      raw.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'result' && m.id === id) ok({ ms: performance.now() - t0, workerMs: m.ms, timing: m.timing });
        else if (m.type === 'error') no(new Error(m.message));
      };
      raw.postMessage({ type: 'analyze', id, documents: docs, keepAll: false });
    });
  }, { url, k: a.workers });
  const ways = {
    main: async () => (await harnessRun(page, url, 1)).ms,
    hworker: async () => (await page.evaluate(() => window.__hw(1))).ms[0],
    raw: async () => { const r = await page.evaluate(() => window.__raw()); return { ms: r.ms, analyze: r.timing.analyze, timing: r.timing }; },
    hook: async () => hookWay(true),
    // Right after `hook` resolved: the UI is still painting that result (docs/app.md).
    hook_at_once: async () => hookWay(false),
  };
  async function hookWay(settled) {
      const r = await hookRun(page, url, 1, settled);
      const t = r.timings[0] || {};
      const ws = (t.steps && t.steps.worker_steps) || [];
      return { ms: r.ms, analyze: ws.length ? Math.max(...ws.map((w) => w.analyze)) : t.steps && t.steps.analyze, steps: t.steps };
  }
  for (const k of Object.keys(ways)) out.ways[k] = [];
  log('warming up', a.warm, 'runs each');
  for (let i = 0; i < a.warm; i++) for (const k of Object.keys(ways)) await ways[k]();
  for (let r = 0; r < a.rounds; r++) {
    const line = [];
    for (const k of Object.keys(ways)) {
      // The settled call's window starts on a settled page (hookRun settles inside it too).
      if (k === 'hook') await page.evaluate(() => window.__settle());
      const c0 = chromiumThreads();
      let x = await ways[k]();
      const cpu = cpuSince(c0);
      x = typeof x === 'number' ? { ms: x, cpu } : { ...x, cpu };
      out.ways[k].push(x);
      line.push(`${k} ${x.ms.toFixed(0)}${x.analyze != null ? ` (analyze ${Number(x.analyze).toFixed(0)})` : ''}`);
      log(`  ${k} cpu:`, JSON.stringify(x.cpu));
    }
    log(`round ${r + 1}:`, line.join(', '));
  }
  out.best = {};
  for (const [k, xs] of Object.entries(out.ways)) {
    out.best[k] = { ms: Math.min(...xs.map((x) => x.ms)) };
    if (xs[0].analyze != null) out.best[k].analyze = Math.min(...xs.map((x) => Number(x.analyze)));
  }
  if (app.errors.length) out.errors = app.errors.slice(0, 3);
  await app.context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(out));
