#!/usr/bin/env node
// assemble.mjs — what putting the hook's object together costs on the page's thread, without a
// page: one analysis (JSON from the CLI) is cut into the page's parts (web/parts.js
// NPParts.make, the format the worker cuts in C++), then timed three ways under Node:
//   parse      JSON.parse of the whole analysis as one compact string
//   assemble   NPParts.assembler over the parts (what the page runs, in slices, for the hook)
//   decode     only the parts' UTF-8 -> string step of the assembler
// If `assemble` costs about what `parse` does, the page's assembly is the price of the object
// itself, not of the parts format (docs/app.md, "Who holds the two cores during a hook call").
//
//   build/native/newsprism analyze --format json FILE... > /tmp/a.json
//   node bench/wasm/assemble.mjs /tmp/a.json [--repeat N]
// Prints one JSON object: sizes, and every run's ms for each way.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const argv = process.argv.slice(2);
if (!argv[0] || argv[0].startsWith('--')) {
  console.error('usage: node bench/wasm/assemble.mjs ANALYSIS.json [--repeat N]');
  process.exit(2);
}
const ri = argv.indexOf('--repeat');
const repeat = ri >= 0 ? Math.max(1, Number(argv[ri + 1]) || 1) : 5;

// web/parts.js is a page script (it defines the global NPParts): load it as one.
const NPParts = new Function(readFileSync(resolve(ROOT, 'web/parts.js'), 'utf8') + '\nreturn NPParts;')();
let analysis;
try {
  analysis = JSON.parse(readFileSync(argv[0], 'utf8'));
} catch (e) {
  console.error(`assemble.mjs: ${argv[0]} is not an analysis (JSON): ${e.message}`);
  process.exit(1);
}
const compact = JSON.stringify(analysis);
const parts = NPParts.make(analysis, null);
const n = NPParts.count(parts);

const runs = { parse: [], assemble: [], decode: [] };
for (let r = 0; r < repeat; r++) {
  let t = performance.now();
  JSON.parse(compact);
  runs.parse.push(performance.now() - t);
  t = performance.now();
  const a = NPParts.assembler(parts);
  a.step(null);
  runs.assemble.push(performance.now() - t);
  if (!a.done || a.result.documents.length !== (analysis.documents || []).length)
    throw new Error('assembler did not rebuild the analysis');
  const dec = new TextDecoder('utf-8');
  t = performance.now();
  for (let k = 0; k < n; k++) dec.decode(NPParts.bytes(parts, k));
  runs.decode.push(performance.now() - t);
}
const round = (xs) => xs.map((x) => Math.round(x * 10) / 10);
console.log(JSON.stringify({
  file: argv[0], documents: (analysis.documents || []).length, json_bytes: Buffer.byteLength(compact),
  parts: n, part_bytes: parts.bytes.length,
  ms: { parse: round(runs.parse), assemble: round(runs.assemble), decode: round(runs.decode) },
}));
