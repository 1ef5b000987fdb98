// pool.test.mjs — the page's pool of analysis workers (web/bridge.js section 2): an input of
// several documents is split into shares, one per worker, and their parts are joined. The
// hook's object must be exactly the one a single worker gives, on real multi-document input;
// progress, newest-wins and a failed worker must still behave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, ROOT } from './harness.mjs';
import { idle, layout } from './app_support.mjs';

const app = useApp('/');

// The project's hand-written articles, one document each, the sample twice (a cross-document
// repeat) and, when the bench corpus is there (../shared), its first ~300 KB of Reuters pastes.
function realDocuments() {
  const dir = join(ROOT, 'tests/articles');
  const docs = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
    .map((n) => ({ id: n, title: '', text: readFileSync(join(dir, n), 'utf8') }));
  const sample = readFileSync(join(ROOT, 'assets/sample.txt'), 'utf8');
  docs.push({ id: 'sample-a', title: 'Sample', text: sample });
  docs.push({ id: 'sample-b', title: '', text: 'Breaking news.\n\n' + sample });
  const corpus = join(ROOT, '.cache/bench/news-1mb.txt');
  let reuters = 0;
  if (existsSync(corpus)) {
    let bytes = 0;
    for (const p of readFileSync(corpus, 'utf8').split('\n\f\n')) {
      if (!p || bytes > 300000) continue;
      docs.push({ id: 'paste' + ++reuters, title: '', text: p });
      bytes += Buffer.byteLength(p, 'utf8');
    }
  }
  return { docs, reuters };
}

const analyzeWith = (page, k, docs) => page.evaluate(async ({ k, docs }) => {
  const used = window.newsprism.debug.workers(k);
  const a = await window.newsprism.analyze(docs);
  return { used, json: JSON.stringify(a), steps: window.newsprism.lastTiming().steps };
}, { k, docs });

test('K workers give exactly the object one worker gives, on real multi-document input', async () => {
  const { page } = app;
  const { docs, reuters } = realDocuments();
  if (!reuters) console.log('# bench corpus absent (../shared): the project\'s articles only');
  const one = await analyzeWith(page, 1, docs);
  assert.equal(one.used, 1);
  assert.equal(one.steps.workers, 1);
  const a = JSON.parse(one.json);
  assert.equal(a.documents.length, docs.length);
  assert.ok(a.cross_document.length > 0, 'the sample repeats across documents');
  assert.ok(a.documents.every((d) => Array.isArray(d.entities)), 'every document analysed');
  assert.ok(a.documents.reduce((n, d) => n + d.entities.length, 0) > docs.length, 'entities found');
  for (const k of [2, 3]) {
    const r = await analyzeWith(page, k, docs);
    assert.equal(r.used, k);
    assert.equal(r.steps.workers, k, `${k} workers took a share each`);
    assert.equal(r.json.length, one.json.length, `${k} workers: same JSON length`);
    assert.ok(r.json === one.json, `${k} workers: the same object as one worker`);
  }
  // The UI shows the joined result too.
  const l = await idle(page);
  assert.equal(l.documents, docs.length);
  assert.equal(l.generation, l.input_generation);
  await page.evaluate(() => window.newsprism.debug.workers(null));
});

test('one document goes to one worker; a pool of K still answers it', async () => {
  const { page } = app;
  const sample = readFileSync(join(ROOT, 'assets/sample.txt'), 'utf8');
  const r = await page.evaluate(async (text) => {
    window.newsprism.debug.workers(3);
    const a = await window.newsprism.analyze(text);
    return { docs: a.documents.length, entities: a.documents[0].entities.length, steps: window.newsprism.lastTiming().steps };
  }, sample);
  assert.equal(r.docs, 1);
  assert.ok(r.entities > 3);
  assert.equal(r.steps.workers, 1);
});

test('with K workers a newer input replaces a long running one, and progress reaches the UI', async () => {
  const { page } = app;
  const { docs } = realDocuments();
  const many = [];
  for (let i = 0; i < 6; i++) docs.forEach((d) => many.push({ id: d.id + '#' + i, title: '', text: d.text + '\n\nCopy ' + i + '.' }));
  const r = await page.evaluate(async ({ many, few }) => {
    window.newsprism.debug.workers(2);
    const seen = [];
    let settled = false;
    const first = window.newsprism.analyze(many).then((a) => ({ ok: a.documents.length }), (e) => ({ error: e.message }))
      .finally(() => { settled = true; });
    // Watch the progress bar while the long one runs until it has moved (on a loaded machine the
    // workers may take seconds to report: no fixed window), then replace it.
    const t0 = performance.now();
    while (!settled && performance.now() - t0 < 30000) {
      const l = window.newsprism.ui.layout();
      if (l.busy && typeof l.progress === 'number') seen.push(Math.round(l.progress * 100) / 100);
      if (seen.length >= 3 && seen[seen.length - 1] > 0) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    const replacedWhileBusy = !settled;
    const second = await window.newsprism.analyze(few);
    return { first: await first, second: second.documents.map((d) => d.id), seen, replacedWhileBusy };
  }, { many, few: docs.slice(0, 3) });
  assert.deepEqual(r.second, docs.slice(0, 3).map((d) => d.id));
  // The long one either finished before the newer came (a fast machine) or was superseded.
  assert.ok(r.first.ok === many.length || /superseded/.test(r.first.error), JSON.stringify(r.first));
  const l = await idle(page);
  assert.equal(l.documents, 3);
  // The bar shows the pool's joint progress: within [0, 1] and never going back.
  for (let i = 1; i < r.seen.length; i++) assert.ok(r.seen[i] >= r.seen[i - 1], `progress rises: ${r.seen}`);
  assert.ok(r.seen.every((v) => v >= 0 && v <= 1));
  // Replaced while still running: the bar had moved by then (the loop waits for that).
  if (r.replacedWhileBusy) assert.ok(r.seen.length > 0 && r.seen[r.seen.length - 1] > 0, `progress moved: ${r.seen}`);
  console.log(`# progress seen while ${many.length} documents ran on 2 workers: ${JSON.stringify(r.seen.slice(0, 12))}`);
});

test('a failed worker is restarted with a clear error; the input stays and the next analysis works', async () => {
  const { page } = app;
  const { docs } = realDocuments();
  const few = docs.slice(0, 6);
  const r = await page.evaluate(async (few) => {
    window.newsprism.debug.workers(2);
    await window.newsprism.setInput(few);
    window.newsprism.debug.breakWorker(1);  // worker 1 throws on the next request it takes
    const failed = await window.newsprism.analyze(few).then(() => null, (e) => e.message);
    const l = window.newsprism.ui.layout();
    const again = await window.newsprism.analyze(few);
    return { failed, status: l.status, input: l.input_bytes, again: again.documents.map((d) => d.id),
      workers: window.newsprism.lastTiming().steps.workers, modules: window.newsprism.debug.workerModules() };
  }, few);
  assert.match(r.failed || '', /analysis failed/i, 'the hook call failed with a message');
  assert.match(r.status, /analysis failed/i, 'the status bar says so');
  assert.equal(r.input, few.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0), 'the input is kept');
  assert.deepEqual(r.again, few.map((d) => d.id));
  assert.equal(r.workers, 2, 'both workers answer again');
  assert.deepEqual(r.modules, [true, true], 'the restarted worker runs the page\'s compiled module too');
  await page.evaluate(() => window.newsprism.debug.workers(null));
  const l = await layout(page);
  assert.ok(l.documents >= 0);
});

// The page compiles the worker's wasm once and every worker instantiates that module (so the
// machine code V8 optimized while one worker ran serves them all, restarted ones included).
test('every worker, after a resize and a newest-wins restart, runs the page\'s one compiled module', async () => {
  const { page } = app;
  const { docs } = realDocuments();
  const r = await page.evaluate(async (docs) => {
    window.newsprism.debug.workers(3);
    const first = await window.newsprism.analyze(docs);
    const afterResize = window.newsprism.debug.workerModules();
    // A newer input while a long one runs (over 1 s: newest wins): the busy workers are
    // terminated and started again. The long input is text no two documents share (random
    // sentences from a small vocabulary): copies of the same articles would be cross-document
    // duplicates, cheap to analyse, and the run could end within the wait. "Long" depends on the
    // machine: when the input finished within the wait, try again with twice as much.
    const vocab = ['tariff', 'trade', 'market', 'said', 'the', 'of', 'and', 'on', 'in', 'percent', 'exports',
      'steel', 'rose', 'fell', 'billion', 'dollars', 'officials', 'agreement', 'talks', 'would', 'Ministry',
      'Minister', 'Commission', 'Company', 'Reuters', 'Monday', 'March', 'China', 'Japan', 'Germany',
      'Canada', 'Brown', 'Smith', 'Lee', 'Garcia', 'imports', 'chips', 'soybeans', 'cars', 'duties'];
    let seed = 20261130;
    const rnd = (n) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    const makeDocs = (bytes) => {
      const out = [];
      for (let total = 0, d = 0; total < bytes; d++) {
        let text = '';
        while (text.length < 3000) {
          for (let k = 0, n = 3 + rnd(3); k < n; k++) {
            const w = [];
            for (let j = 0, m = 8 + rnd(12); j < m; j++) w.push(vocab[rnd(vocab.length)]);
            w[0] = w[0][0].toUpperCase() + w[0].slice(1);
            text += w.join(' ') + '. ';
          }
          text += '\n\n';
        }
        out.push({ id: 'long-' + d, title: '', text });
        total += text.length;
      }
      return out;
    };
    // (It also counts as finished when the workers were done and only the page was still putting
    // the object together as the newer input came: that one then simply runs next.)
    let old = 'not run', mb = 2, last = null;
    for (let attempt = 0; attempt < 5; attempt++, mb *= 2) {
      let settled = false;
      const run = window.newsprism.analyze(makeDocs(mb << 20)).then(() => 'resolved', (e) => e.message)
        .finally(() => { settled = true; });
      await new Promise((ok) => setTimeout(ok, 1300));
      if (settled) { old = await run; continue; }
      last = await window.newsprism.analyze(docs.slice(0, 3));
      old = await run;
      if (old !== 'resolved') break;
    }
    return { first: first.documents.length, afterResize, old, mb, last: last ? last.documents.map((d) => d.id) : [],
      afterRestart: window.newsprism.debug.workerModules() };
  }, docs);
  assert.equal(r.first, docs.length);
  assert.deepEqual(r.afterResize, [true, true, true]);
  assert.deepEqual(r.last, docs.slice(0, 3).map((d) => d.id));
  assert.match(r.old, /superseded/, `the long input (${r.mb} MB) was replaced (its workers restarted)`);
  assert.deepEqual(r.afterRestart, [true, true, true], 'the restarted workers share the module too');
  await page.evaluate(() => window.newsprism.debug.workers(null));
});

// The fallback (a page that could not compile the module: each worker compiles its own) gives
// the same object as the shared module.
test('workers that compile their own module give the same object as the shared one', async () => {
  const { page } = app;
  const { docs } = realDocuments();
  const r = await page.evaluate(async (docs) => {
    const ready = async () => {
      for (let i = 0; i < 600 && window.newsprism.debug.workerModules().some((m) => m == null); i++) await new Promise((ok) => setTimeout(ok, 50));
      return window.newsprism.debug.workerModules();
    };
    window.newsprism.debug.workers(2);
    const shared = JSON.stringify(await window.newsprism.analyze(docs));
    const sharedModules = await ready();
    window.newsprism.debug.ownModules(true);
    window.newsprism.debug.workers(2);
    const own = JSON.stringify(await window.newsprism.analyze(docs));
    const ownModules = await ready();
    window.newsprism.debug.ownModules(false);
    window.newsprism.debug.workers(null);
    return { shared, own, sharedModules, ownModules, length: shared.length };
  }, docs);
  assert.deepEqual(r.sharedModules, [true, true]);
  assert.deepEqual(r.ownModules, [false, false], 'each worker compiled its own');
  assert.ok(r.length > 1000);
  assert.ok(r.own === r.shared, 'the same analysis either way');
});

// The hook's object is put together while the workers still run (NPParts.streamer, fed each
// worker's parts as they arrive): fed the parts of the later documents first, then the earlier
// ones, then the top, it must equal the in-order assembler's object on a real result.
test('the streaming assembler gives the in-order object whatever order the shares arrive in', async () => {
  const { page } = app;
  const { docs } = realDocuments();
  const r = await page.evaluate(async (docs) => {
    window.newsprism.debug.workers(1);
    const a = await window.newsprism.analyze(docs);
    const P = window.NPParts, parts = P.make(a, null), n = P.count(parts), dec = new TextDecoder();
    const kinds = [];
    for (let k = 0; k < n; k++) {
      const p = JSON.parse(dec.decode(P.bytes(parts, k)));
      kinds.push(p.part === 'begin' || p.part === 'end' || p.doc < 0 ? -1 : p.doc);
    }
    const whole = P.assembler(parts);
    whole.step(null);
    const s = P.streamer(), half = Math.floor(a.documents.length / 2);
    const feed = (want) => { for (let k = 0; k < n; k++) if (want(kinds[k])) s.feed(parts, k, k + 1); };
    feed((d) => d >= half);
    s.step(1);  // part of it now, the rest later: as between two workers' messages
    const early = s.done;
    feed((d) => d >= 0 && d < half);
    s.step(null);
    const beforeTop = s.done;
    feed((d) => d < 0);
    s.step(null);
    window.newsprism.debug.workers(null);
    return { docs: a.documents.length, half, early, beforeTop, done: s.done, pending: s.pending(),
      got: JSON.stringify(s.result), want: JSON.stringify(whole.result), hook: JSON.stringify(a) };
  }, docs);
  assert.ok(r.half > 0 && r.docs > r.half, 'both halves hold documents');
  assert.equal(r.early, false);
  assert.equal(r.beforeTop, false, 'not done before the top arrives');
  assert.equal(r.done, true);
  assert.equal(r.pending, false);
  assert.equal(r.want, r.hook, 'the in-order assembler rebuilds the hook\'s object');
  assert.ok(r.got === r.want, 'the streamed object equals the in-order one');
});

// A long array is cut into several items parts (~128 KB each): the first part's array is taken
// as it is and the later ones appended to it (web/parts.js place()), so the object must come back
// whole and in order, from the in-order assembler and from the streamer alike.
test('an array cut into several parts is put back whole and in order', async () => {
  const { page } = app;
  const r = await page.evaluate(() => {
    const mention = (i) => ({ start: i * 7, end: i * 7 + 5, text: 'N\u00e9ws ' + i });
    const a = { schema: 'newsprism.analysis/1', version: 'test', documents: [
      { id: 'a', title: '', entities: Array.from({ length: 6000 }, (_, i) => ({ id: i, name: 'E' + i, mentions: [mention(i)] })),
        segments: [], quotes: [{ text: 'one' }] },
      { id: 'b', title: '', entities: [], segments: Array.from({ length: 6000 }, (_, i) => ({ start: i, end: i + 1, kind: 'paragraph' })) },
    ], cross_document: Array.from({ length: 12000 }, (_, i) => ({ doc: i % 2, of: i })) };
    const P = window.NPParts, parts = P.make(a, null), n = P.count(parts), dec = new TextDecoder();
    const perField = {}, kinds = [];
    for (let k = 0; k < n; k++) {
      const p = JSON.parse(dec.decode(P.bytes(parts, k)));
      if (p.part === 'items') perField[p.doc + '.' + p.field] = (perField[p.doc + '.' + p.field] || 0) + 1;
      kinds.push(p.part === 'begin' || p.part === 'end' || p.doc < 0 ? -1 : p.doc);
    }
    const whole = P.assembler(parts);
    whole.step(null);
    const s = P.streamer();
    for (const want of [(d) => d === 1, (d) => d === 0, (d) => d < 0])
      for (let k = 0; k < n; k++) if (want(kinds[k])) s.feed(parts, k, k + 1);
    s.step(null);
    return { perField, want: JSON.stringify(a), whole: JSON.stringify(whole.result), streamed: JSON.stringify(s.result) };
  });
  assert.ok(r.perField['0.entities'] >= 3, `entities cut into ${r.perField['0.entities']} parts`);
  assert.ok(r.perField['1.segments'] >= 2 && r.perField['-1.cross_document'] >= 2, JSON.stringify(r.perField));
  assert.ok(r.whole === r.want, 'the in-order assembler gives the object back');
  assert.ok(r.streamed === r.want, 'the streamer gives the object back');
});
