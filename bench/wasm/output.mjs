#!/usr/bin/env node
// output.mjs — the analysis of FILEs by the wasm harness, printed as the native CLI prints it
// (`newsprism analyze FILE...`: each file one document, its id the path as given, JSON with
// indent 2), so that a build's output can be compared with the CLI's byte for byte:
//
//   node bench/wasm/output.mjs FILE... > wasm.json
//   build/native/newsprism analyze FILE... > native.json && cmp wasm.json native.json
//
// A compiler flag (SIMD, -O3, ...) must never change a result. NP_WASM_BENCH picks another
// build of the harness, as in node.mjs. Plain UTF-8 text files only: the CLI reads .html files
// through the extractor and decodes other encodings, which the harness does not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MODULE, readAssets } from './node.mjs';
import { WasmBench } from './driver.mjs';

const files = process.argv.slice(2);
if (!files.length) { console.error('usage: node bench/wasm/output.mjs FILE...'); process.exit(2); }
const factory = createRequire(import.meta.url)(MODULE);
const bench = new WasmBench(await factory({ wasmBinary: readFileSync(MODULE.replace(/\.js$/, '.wasm')) }));
bench.loadModels(readAssets());
bench.m._bw_clear_documents();
for (const f of files) {
  bench.withString(f, (ip) => bench.withBytes(new Uint8Array(readFileSync(f)), (tp, n) => bench.m._bw_add_named_document(ip, tp, n)));
}
process.stdout.write(bench.m.UTF8ToString(bench.m._bw_analysis_json()) + '\n');
