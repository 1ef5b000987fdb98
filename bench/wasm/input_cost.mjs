#!/usr/bin/env node
// input_cost.mjs — what the page's thread spends per hook call on the input, before the workers
// start, under Node (same V8 family as the page; warm, best of --repeat): the UTF-8 count of
// web/files.js (utf8Bytes, the limit check), and moving each paste onto a wasm-like heap by
// TextEncoder.encode + copy (before round 13) or encodeInto straight onto it (web/bridge.js
// sendText since round 13). The numbers behind README "Round 13".
//
//   node bench/wasm/input_cost.mjs [FILE] [--repeat N]     (default: the bench's 1 MB of pastes)
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
let file = join(ROOT, '.cache/bench/news-1mb.txt'), repeat = 15;
const v = process.argv.slice(2);
for (let i = 0; i < v.length; i++) {
  if (v[i] === '--repeat') repeat = Number(v[++i]);
  else file = resolve(v[i]);
}
if (!existsSync(file)) {
  console.error(`input_cost.mjs: ${file} missing: run ./dev.sh bench once (it builds the corpus), or pass a file`);
  process.exit(1);
}
// web/files.js as the page loads it (it sets window.NPFiles).
const sandbox = { window: {}, TextDecoder, TextEncoder };
vm.runInNewContext(readFileSync(join(ROOT, 'web/files.js'), 'utf8'), sandbox);
const { utf8Bytes } = sandbox.window.NPFiles;

const pastes = readFileSync(file, 'utf8').split('\n\f\n');
const enc = new TextEncoder();
const heap = new Uint8Array(64 << 20);  // room for any paste at 3 bytes per UTF-16 unit
const best = (fn) => {
  let ms = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};
const bytes = pastes.reduce((n, p) => n + utf8Bytes(p), 0);
const rows = [
  ['UTF-8 count (utf8Bytes), every paste', best(() => pastes.reduce((n, p) => n + utf8Bytes(p), 0))],
  ['encode + copy onto the heap', best(() => { for (const p of pastes) heap.set(enc.encode(p), 1024); })],
  ['encodeInto the heap', best(() => { for (const p of pastes) enc.encodeInto(p, heap.subarray(1024, 1024 + p.length * 3)); })],
];
console.log(`${file}: ${pastes.length} pastes, ${(bytes / 1e6).toFixed(2)} MB; best of ${repeat}, ms`);
for (const [name, ms] of rows) console.log(`${ms.toFixed(2).padStart(8)}  ${name}`);
