#!/usr/bin/env node
// eval-extraction.mjs — scores article extraction on the article-extraction benchmark pages
// (../shared/data/article-extraction: html/<id>.html.gz + ground-truth.json) the way that
// benchmark's evaluate.py does, for our extractor and for @mozilla/readability in one run.
//
// Metric (as in the benchmark's evaluate.py, re-implemented here):
//   tokens    = every maximal run of Unicode letters, digits and '_' (Python's \w+), case kept
//   shingles  = all runs of 4 consecutive tokens (a text with 1..3 tokens has one shorter
//               shingle), counted as a multiset
//   per page  = tp = sum of min(count_true, count_pred); fp, fn = the excess counts;
//               then tp, fp, fn are divided by tp+fp+fn (each page weighs the same)
//   precision = mean over pages with tp+fp > 0 of tp/(tp+fp)   (1 if fp = fn = 0)
//   recall    = mean over pages with tp+fn > 0 of tp/(tp+fn)   (1 if fp = fn = 0)
//   F1        = 2PR/(P+R) of those two means (not a mean of per-page F1s)
//
// Usage: node tools/eval-extraction.mjs [--bin build/native/newsprism] [--data DIR]
//          [--no-readability] [--min-f1 0.95] [--json OUT.json] [--worst N]
// Exit: 0 when our F1 >= --min-f1 (default 0.95) and (unless --no-readability) above
// Readability's; 1 otherwise; 0 with "skipped" when the data folder is absent.
// The last line is "eval-extraction: N passed, N failed" (the checks above).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(name);
const bin = path.resolve(opt('--bin', path.join(root, 'build/native/newsprism')));
const shared = process.env.NEWSPRISM_SHARED || path.join(root, '..', 'shared');
const data = path.resolve(opt('--data', path.join(shared, 'data/article-extraction')));
const minF1 = Number(opt('--min-f1', '0.95'));
const worst = Number(opt('--worst', '0'));

if (!fs.existsSync(path.join(data, 'ground-truth.json'))) {
  console.log(`skipped: ${data} absent`);
  console.log('eval-extraction: 0 passed, 0 failed, 1 skipped');
  process.exit(0);
}

// ---- metric -------------------------------------------------------------------------------
const TOKEN = /[\p{L}\p{N}_]+/gu;
function shingles(text, n = 4) {
  const tokens = (text || '').match(TOKEN) || [];
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (!sh.length) continue;
    const key = sh.join('\u0001');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}
function tpFpFn(truth, pred) {
  const t = shingles(truth), p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) || 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) || 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}
const precision = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
function metrics(tfs) {
  const P = mean(tfs.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const R = mean(tfs.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { P, R, F1: P + R > 0 ? (2 * P * R) / (P + R) : 0, pages: tfs.length };
}

// ---- pages --------------------------------------------------------------------------------
const truth = JSON.parse(fs.readFileSync(path.join(data, 'ground-truth.json'), 'utf8'));
const ids = Object.keys(truth).sort();
const gzPath = (id) => path.join(data, 'html', `${id}.html.gz`);
const htmlOf = {};
for (const id of ids) htmlOf[id] = zlib.gunzipSync(fs.readFileSync(gzPath(id)));

function runOurs(extra) {
  const files = ids.map(gzPath); // the CLI reads .html.gz itself
  let out;
  try {
    out = execFileSync(bin, ['extract', '--format', 'json', ...extra, ...files], {
      maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = e.stdout || ''; // exit 1 = some page had no text; its line is still printed
  }
  const byId = {};
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line);
    byId[path.basename(j.file, '.html.gz')] = j.text;
  }
  return byId;
}

const systems = [];
let t0 = Date.now();
const ours = runOurs([]);
systems.push({ name: 'newsprism extract', pred: ours, secs: (Date.now() - t0) / 1000 });
t0 = Date.now();
const oursNoLd = runOurs(['--no-json-ld-body']);
systems.push({ name: 'newsprism extract (no JSON-LD body)', pred: oursNoLd, secs: (Date.now() - t0) / 1000 });

if (!flag('--no-readability')) {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const pred = {};
  t0 = Date.now();
  for (const id of ids) {
    try {
      const vc = new VirtualConsole(); // silence CSS parse errors
      const dom = new JSDOM(htmlOf[id], { url: truth[id].url, virtualConsole: vc });
      const art = new Readability(dom.window.document).parse();
      pred[id] = art ? art.textContent : '';
      dom.window.close();
    } catch {
      pred[id] = '';
    }
  }
  systems.push({ name: 'Readability.js 0.6 (jsdom)', pred, secs: (Date.now() - t0) / 1000 });
}

// ---- report -------------------------------------------------------------------------------
const results = systems.map((s) => {
  const per = ids.map((id) => tpFpFn(truth[id].articleBody, s.pred[id] || ''));
  return { ...s, per, m: metrics(per) };
});
console.log(`Article-extraction benchmark, ${ids.length} pages (${data})\n`);
console.log('| extractor | precision | recall | F1 | pages | time (s) |');
console.log('|---|---|---|---|---|---|');
for (const r of results)
  console.log(`| ${r.name} | ${r.m.P.toFixed(3)} | ${r.m.R.toFixed(3)} | ${r.m.F1.toFixed(3)} | ${r.m.pages} | ${r.secs.toFixed(1)} |`);

if (worst > 0) {
  const r = results[flag('--worst-no-ld') ? 1 : 0];
  const rows = ids.map((id, i) => ({ id, p: precision(r.per[i]), r: recall(r.per[i]) }))
    .map((x) => ({ ...x, f: x.p + x.r > 0 ? (2 * x.p * x.r) / (x.p + x.r) : 0 }))
    .sort((a, b) => a.f - b.f).slice(0, worst);
  console.log(`\nworst pages (${r.name}):`);
  for (const x of rows) console.log(`${x.f.toFixed(3)}  P=${x.p.toFixed(3)} R=${x.r.toFixed(3)}  ${x.id}  ${truth[x.id].url}`);
}
const jsonOut = opt('--json', '');
if (jsonOut) {
  const obj = {};
  for (const r of results) obj[r.name] = { ...r.m, per_page: Object.fromEntries(ids.map((id, i) => [id, r.per[i]])) };
  fs.writeFileSync(jsonOut, JSON.stringify(obj, null, 1));
}

const checks = [[`F1 ${results[0].m.F1.toFixed(3)} >= ${minF1}`, results[0].m.F1 >= minF1]];
const rd = results.find((r) => r.name.startsWith('Readability'));
if (rd) checks.push([`F1 ${results[0].m.F1.toFixed(3)} > Readability ${rd.m.F1.toFixed(3)}`, results[0].m.F1 > rd.m.F1]);
let passed = 0, failed = 0;
console.log('');
for (const [what, ok] of checks) {
  console.log(`${ok ? 'PASS' : 'FAIL'}: ${what}`);
  ok ? passed++ : failed++;
}
console.log(`eval-extraction: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
