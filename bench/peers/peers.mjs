// peers.mjs — the two browser NLP libraries we compare with, driven the same way under Node
// (bench/peers/node.mjs) and in a headless Chromium page (bench/page.mjs). The caller loads
// the libraries (import / require in Node, ES module / cjs.js in the page) and passes them in.
//
//   compromise 14: nlp(text), then people, places, organizations, percentages, money — the
//     entity-like views that match NewsPrism's entity types. percentages() and money() live in
//     compromise's "three" build, which is the package's default entry and the file
//     builds/three/compromise-three.mjs the page loads.
//   wink-nlp 2 + wink-eng-lite-web-model: readDoc(text) runs its whole pipeline (tokens,
//     sentences, POS, entities, negation, sentiment); entities().out() lists the entities.
// Each paste is one call, as NewsPrism analyses one document per paste. Every view is turned
// into an array (out()) so the work is done, and the counts are returned as a sanity check.

export function runCompromise(nlp, pastes) {
  let found = 0;
  for (const p of pastes) {
    const doc = nlp(p);
    found += doc.people().out('array').length;
    found += doc.places().out('array').length;
    found += doc.organizations().out('array').length;
    found += doc.percentages().out('array').length;
    found += doc.money().out('array').length;
  }
  return found;
}

export function runWink(nlp, pastes) {
  let found = 0;
  for (const p of pastes) found += nlp.readDoc(p).entities().out().length;
  return found;
}

// Best of `repeat` runs of fn() (ms), with what the last run returned.
// Under Node the process CPU time is kept too (cpu_ms), the steadier number on a shared machine.
const hasCpu = typeof process === 'object' && typeof process.cpuUsage === 'function';
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };

export function bestOf(fn, repeat) {
  let best = Infinity, bestCpu = Infinity, found = 0;
  for (let i = 0; i < repeat; i++) {
    const c0 = hasCpu ? cpuMs() : 0, t0 = performance.now();
    found = fn();
    best = Math.min(best, performance.now() - t0);
    if (hasCpu) bestCpu = Math.min(bestCpu, cpuMs() - c0);
  }
  return hasCpu ? { ms: best, cpu_ms: bestCpu, found } : { ms: best, found };
}

// Runs both peers on `pastes` (total `bytes` of UTF-8) and returns their throughput.
export function benchPeers({ nlpCompromise, winkNLP, winkModel }, pastes, bytes, repeat) {
  const out = {};
  const c = bestOf(() => runCompromise(nlpCompromise, pastes), repeat);
  const rate = (ms) => (ms === undefined ? undefined : bytes / 1e6 / (ms / 1e3));
  out.compromise = { ...c, mb_s: rate(c.ms), cpu_mb_s: rate(c.cpu_ms) };
  const wink = winkNLP(winkModel);
  const w = bestOf(() => runWink(wink, pastes), repeat);
  out.wink = { ...w, mb_s: rate(w.ms), cpu_mb_s: rate(w.cpu_ms) };
  return out;
}
