#!/usr/bin/env node
// node.mjs — the wasm harness under Node: whole pipeline (and, with --stages, each stage group)
// on one corpus file. Prints one JSON object.
//
//   node bench/wasm/node.mjs FILE [--repeat N] [--max-seconds S] [--stages]
//
// Needs build/wasm/bench/newsprism_bench.js (./dev.sh build). Memory: the wasm heap only grows,
// so its final size is the run's peak linear memory; the heap top (sbrk) after the runs, less
// the top before the input was copied in, gives the peak ratio; process maxRSS is beside it.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { WasmBench, splitPastes } from './driver.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
// NP_WASM_BENCH names another build of the harness (to compare two builds on the same text).
export const MODULE = process.env.NP_WASM_BENCH ? resolve(process.env.NP_WASM_BENCH) : join(ROOT, 'build/wasm/bench/newsprism_bench.js');

// assets/ as the CLI reads it (no README.md, no sample*).
export function readAssets(dir = join(ROOT, 'assets')) {
  return readdirSync(dir)
    .filter((n) => n !== 'README.md' && !n.startsWith('sample') && statSync(join(dir, n)).isFile())
    .map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]);
}

async function main() {
  const argv = process.argv.slice(2);
  const file = argv[0];
  let repeat = 3, stages = false, maxMs = Infinity;
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '--repeat') repeat = Number(argv[++i]);
    else if (argv[i] === '--stages') stages = true;
    else if (argv[i] === '--max-seconds') maxMs = 1000 * Number(argv[++i]);
  }
  if (!existsSync(MODULE)) { console.error(`wasm harness missing: ${MODULE} (run ./dev.sh build)`); process.exit(1); }
  const factory = createRequire(import.meta.url)(MODULE);
  // wasmBinary given directly: Emscripten 3.1.6 would fetch() a file path under Node 20.
  const wasmBinary = readFileSync(MODULE.replace(/\.js$/, '.wasm'));
  const bench = new WasmBench(await factory({ wasmBinary }));
  bench.loadModels(readAssets());
  const before = bench.m._bw_heap_top();
  bench.setDocuments(splitPastes(readFileSync(file, 'utf8')));
  const out = { mode: 'wasm-node', file, bytes: bench.bytes, documents: bench.documents, repeat, heap_before_input: before };
  out.pipeline = bench.runPipeline(repeat, maxMs);
  out.pipeline.peak_ratio = (out.pipeline.heap_top - before) / bench.bytes;
  if (stages) out.stages = bench.runStages(repeat, maxMs);
  out.max_rss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify(out));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
