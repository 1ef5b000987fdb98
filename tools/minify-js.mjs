#!/usr/bin/env node
// minify-js.mjs — minifies JavaScript files of dist/ in place with terser (an npm dev
// dependency, installed by ./dev.sh setup): the Emscripten glue of both modules and web/*.js.
//
//   node tools/minify-js.mjs FILE...
//
// Why: dist/ must stay within 1.2 MB gzipped (issue 9), and the room this frees (~19 KB gzipped:
// Emscripten's glue is only whitespace-minified, web/*.js not at all) pays for the worker's
// faster build (WebAssembly SIMD, docs/performance-wasm.md).
// What is safe to change: local names are mangled and dead code dropped; top-level names and
// property names are kept, because the page's scripts share globals (window.newsprism, NPParts,
// Module, the npXxx functions the worker's EM_ASM calls) and the glue reads exports by name.
import { readFileSync, writeFileSync } from 'node:fs';

let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('minify-js.mjs: the npm package terser is missing: run ./dev.sh setup');
  process.exit(1);
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node tools/minify-js.mjs FILE...');
  process.exit(2);
}
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  let out;
  try {
    out = await minify(code, { compress: { passes: 2 }, mangle: true, toplevel: false, module: false });
  } catch (e) {
    console.error(`minify-js.mjs: ${file}: ${e.message}${e.line ? ` (line ${e.line}, column ${e.col})` : ''}`);
    process.exit(1);
  }
  writeFileSync(file, out.code + '\n');
}
