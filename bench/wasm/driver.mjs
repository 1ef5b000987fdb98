// driver.mjs — drives the wasm harness (bench_wasm.cpp) from JS; the same code runs under Node
// (bench/wasm/node.mjs) and in a page (bench/page.mjs loads it as a module from 127.0.0.1).
// The caller creates the Emscripten module (require() in Node, a <script> in the page) and
// passes it in; times are taken here with performance.now() around each call.
export const PASTE_SEPARATOR = '\n\f\n';

export function splitPastes(text) {
  return text.split(PASTE_SEPARATOR).filter((p) => p.length > 0);
}

// Process CPU time under Node (user + system); a page has none, so there it is wall time.
const hasCpu = typeof process === 'object' && typeof process.cpuUsage === 'function';
export function cpuMs() {
  if (!hasCpu) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}

export const STAGE_KEYS = ['normalize_segment', 'dedup', 'entities', 'summary', 'json'];

export class WasmBench {
  constructor(mod) {
    this.m = mod;
    this.bytes = 0;
    this.documents = 0;
    this.enc = new TextEncoder();
  }

  // Copies `bytes` (Uint8Array) into the wasm heap and calls fn(ptr, len).
  withBytes(bytes, fn) {
    const p = this.m._malloc(bytes.length + 1);
    this.m.HEAPU8.set(bytes, p);
    try { return fn(p, bytes.length); } finally { this.m._free(p); }
  }

  withString(s, fn) {
    return this.withBytes(this.enc.encode(s + '\0'), (p, n) => fn(p, n - 1));
  }

  // resources: [[name, Uint8Array]] — the assets/ files, as the CLI reads them.
  loadModels(resources) {
    for (const [name, data] of resources) {
      this.withString(name, (np) => this.withBytes(data, (dp, dn) => this.m._bw_add_resource(np, dp, dn)));
    }
    if (!this.m._bw_load_models()) throw new Error('wasm harness: models failed to load');
  }

  setDocuments(pastes) {
    this.m._bw_clear_documents();
    this.bytes = 0;
    for (const p of pastes) {
      const b = this.enc.encode(p);
      this.bytes += b.length;
      this.withBytes(b, (ptr, n) => this.m._bw_add_document(ptr, n));
    }
    this.documents = pastes.length;
  }

  // np::analyze() over every document, best of `repeat`.
  // maxMs: no further repeat starts after that long (at least one run).
  runPipeline(repeat = 3, maxMs = Infinity) {
    let best = Infinity, bestCpu = Infinity, runs = 0;
    const start = performance.now();
    for (let i = 0; i < repeat && (i === 0 || performance.now() - start < maxMs); i++, runs++) {
      const c0 = cpuMs(), t0 = performance.now();
      this.m._bw_run_pipeline();
      best = Math.min(best, performance.now() - t0);
      bestCpu = Math.min(bestCpu, cpuMs() - c0);
    }
    return {
      ms: best, mb_s: this.bytes / 1e6 / (best / 1e3), runs,
      ...(hasCpu ? { cpu_ms: bestCpu, cpu_mb_s: this.bytes / 1e6 / (bestCpu / 1e3) } : {}),
      heap_bytes: this.m.HEAPU8.length, heap_top: this.m._bw_heap_top(),
      segments: this.m._bw_last_segments(), entities: this.m._bw_last_entities(),
    };
  }

  // Per stage group, best of `repeat` for each.
  runStages(repeat = 3, maxMs = Infinity) {
    const best = STAGE_KEYS.map(() => Infinity);
    const start = performance.now();
    for (let i = 0; i < repeat && (i === 0 || performance.now() - start < maxMs); i++) {
      const p = this.m._bw_run_stages() >> 3;
      const v = this.m.HEAPF64.subarray(p, p + STAGE_KEYS.length);
      for (let s = 0; s < STAGE_KEYS.length; s++) best[s] = Math.min(best[s], v[s]);
    }
    const out = {};
    STAGE_KEYS.forEach((k, s) => { out[k] = { ms: best[s], mb_s: this.bytes / 1e6 / (best[s] / 1e3) }; });
    return out;
  }
}
