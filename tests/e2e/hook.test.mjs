// hook.test.mjs — window.newsprism.analyze with many documents in one call, as the page bench
// sends them (bench/page.mjs): the texts go to the worker in one buffer (web/bridge.js
// sendRequest), and the hook resolves as soon as its object is put together, before the UI has
// taken the result in — the UI must still show it right after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp } from './harness.mjs';
import { idle, layout } from './app_support.mjs';

const app = useApp('/');

// Documents of different sizes and scripts, one empty, one repeating another's paragraph: if a
// document got another's bytes (a wrong start/end in the shared buffer), its byte count, its
// offsets or the cross-document repeat would show it.
const PARA = 'The ministry in Ottawa said on Monday that a 25% tariff on steel imports would take effect in June, ' +
  'after talks with Mexico and the European Union ended without a deal.';
const DOCS = [
  { id: 'a', title: 'First', text: PARA + '\n\nShares of Stelco rose 4% in Toronto.\n' },
  { id: 'b', title: '', text: '' },
  { id: 'c', title: 'Zweite – ünïcödé', text: 'Die Regierung in Berlin kündigte am Dienstag Zölle von 10% an. «Wir handeln», sagte der Minister. 東京 ✓\n' },
  { id: 'd', title: 'Repeat', text: 'Prices of aluminium fell 2% in London on Friday.\n\n' + PARA + '\n' },
];
for (let i = 0; i < 40; i++) DOCS.push({ id: 'n' + i, title: '', text: `Story ${i}: officials in Canberra said exports of wheat rose ${i + 1}% in March.\n` });

test('many documents in one hook call: each analysed on its own bytes, in order; the UI shows the result after the hook resolves', async () => {
  const { page } = app;
  const r = await page.evaluate(async (docs) => {
    const a = await window.newsprism.analyze(docs);
    const enc = new TextEncoder(), dec = new TextDecoder();
    const at = (i, s, e) => dec.decode(enc.encode(docs[i].text).subarray(s, e));
    return {
      ids: a.documents.map((d) => d.id),
      bytes: a.documents.map((d) => d.bytes),
      // Every segment's text, and every mention's text against its offsets in its own document.
      segmentsCover: a.documents.map((d, i) => d.segments.every((s) => s.end <= enc.encode(docs[i].text).length)),
      mentions: a.documents.flatMap((d, i) => d.entities.flatMap((e) => e.mentions.map((m) => [m.text, at(i, m.start, m.end)]))),
      // Cross-document repeats: [repeating text, first text], each read at its own offsets.
      repeated: a.cross_document.map((c) => {
        const s = a.documents[c.document].segments[c.segment], f = a.documents[c.first_document].segments[c.first_segment];
        return [c.document, c.first_document, at(c.document, s.start, s.end), at(c.first_document, f.start, f.end)];
      }),
      entities: a.documents.map((d) => d.entities.length),
    };
  }, DOCS);
  assert.deepEqual(r.ids, DOCS.map((d) => d.id));
  assert.deepEqual(r.bytes, DOCS.map((d) => Buffer.byteLength(d.text, 'utf8')));
  assert.ok(r.segmentsCover.every(Boolean), 'segments lie inside their own document');
  assert.ok(r.mentions.length > 40, `entities found across the documents: ${r.mentions.length}`);
  for (const [text, atOffsets] of r.mentions) assert.equal(atOffsets, text, 'a mention\'s offsets point at its text in its own document');
  assert.ok(r.repeated.some(([d, f, t, first]) => d === 3 && f === 0 && t === PARA && first === PARA),
    `the paragraph of document a found again in d, at the right offsets in both: ${JSON.stringify(r.repeated)}`);
  assert.equal(r.entities[1], 0, 'the empty document has no entities');

  // The UI takes the same result in after the hook resolved, and shows it.
  const l = await idle(page);
  assert.equal(l.generation, l.input_generation);
  assert.equal(l.documents, DOCS.length);
  assert.deepEqual(await page.evaluate(() => window.newsprism.lastResult().documents.map((d) => d.id)), DOCS.map((d) => d.id));
  assert.equal((await layout(page)).documents, DOCS.length);
});

test('hook calls back to back: each resolves with its own input, and the UI ends on the last', async () => {
  const { page } = app;
  const out = await page.evaluate(async (docs) => {
    const got = [];
    for (let k = 1; k <= 3; k++) {
      const a = await window.newsprism.analyze(docs.slice(0, 10 * k));
      got.push(a.documents.length);
    }
    return got;
  }, DOCS);
  assert.deepEqual(out, [10, 20, 30]);
  const l = await idle(page);
  assert.equal(l.documents, 30);
  assert.equal(l.generation, l.input_generation);
});

// The remembered input is written by the page from the UI module's texts (web/bridge.js
// storageInputDoc/Store): what is stored reads back as the same documents after a reload.
test('the input is remembered as the same documents and comes back after a reload', async () => {
  const { page } = app;
  const docs = DOCS.slice(0, 6).concat([{ id: 'nul', title: 'control', text: 'A\u0000B "quoted" \\ back\tslash \u2028 line\n' }]);
  await page.evaluate((d) => window.newsprism.analyze(d), docs);
  await idle(page);
  // Written a second after the last change.
  await page.waitForFunction((n) => {
    const v = localStorage.getItem('newsprism.input');
    return v && JSON.parse(v).documents.length === n;
  }, docs.length, { timeout: 10000 });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('newsprism.input')).documents);
  assert.deepEqual(stored.map((d) => [d.id, d.title, d.text, d.html]), docs.map((d) => [d.id, d.title, d.text, false]));
  await page.reload();
  await page.waitForFunction(() => window.newsprism && window.newsprism.version, null, { timeout: 60000 });
  await page.evaluate(() => window.newsprism.ready);
  const l = await idle(page);
  assert.equal(l.documents, docs.length);
  assert.equal(l.input_bytes, docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0));
  assert.deepEqual(await page.evaluate(() => window.newsprism.lastResult().documents.map((d) => d.id)), docs.map((d) => d.id));
});

test('idle() called right after analyze(), before it resolves, waits for that input to be shown', async () => {
  const { page } = app;
  const r = await page.evaluate(async (docs) => {
    const p = window.newsprism.analyze(docs);
    const l = await window.newsprism.idle();
    const a = await p;
    return { l, shown: window.newsprism.lastResult().documents.map((d) => d.id), got: a.documents.map((d) => d.id) };
  }, DOCS.slice(0, 9));
  assert.deepEqual(r.got, DOCS.slice(0, 9).map((d) => d.id));
  assert.equal(r.l.documents, 9);
  assert.equal(r.l.generation, r.l.input_generation);
  assert.deepEqual(r.shown, r.got);
});

// A page that never had an input has nothing to show: idle() resolves at once (it used to wait
// for a first analysis forever), and still waits for one on its way (setInput's debounce). A
// first visit shows the sample by itself, so this page is one whose remembered input was
// emptied (the Clear button and a reload leave '{"documents":[]}').
test('idle() on a page that never had an input resolves at once; after setInput it waits for the analysis', async () => {
  const { context, page } = await openApp(app.browser, app.server.url, {
    init: () => { if (location.protocol === 'http:') localStorage.setItem('newsprism.input', JSON.stringify({ documents: [] })); } });
  try {
    const first = await page.evaluate(() => Promise.race([
      window.newsprism.idle().then((l) => ({ generation: l.generation, documents: l.documents })),
      new Promise((r) => setTimeout(() => r('timed out'), 5000)),
    ]));
    assert.deepEqual(first, { generation: 0, documents: 0 });
    const after = await page.evaluate(async () => {
      await window.newsprism.setInput('Officials in Ottawa said on Monday that exports rose 3% in May.');
      const l = await window.newsprism.idle();
      return { generation: l.generation, input_generation: l.input_generation, documents: l.documents,
        entities: window.newsprism.lastResult().documents[0].entities.length };
    });
    assert.ok(after.generation > 0 && after.generation === after.input_generation, JSON.stringify(after));
    assert.equal(after.documents, 1);
    assert.ok(after.entities > 0, 'the analysis of the set input is shown');
  } finally {
    await context.close();
  }
});

// Input the hook cannot read is refused with a TypeError that says what it expects, and the
// input in the page stays as it was (a number or an object without text used to become an empty
// document; null failed on reading 'id').
test('analyze() and setInput() refuse input they cannot read, say what they expect, and keep the input', async () => {
  const { page } = app;
  const r = await page.evaluate(async (docs) => {
    await window.newsprism.analyze(docs);
    const before = window.newsprism.ui.layout();
    const bad = [null, undefined, 42, true, {}, { text: 7 }, { title: 'no text' }, ['fine', null], ['fine', { text: null }], [[]]];
    const errors = [];
    for (const b of bad) {
      errors.push(await window.newsprism.analyze(b).then(() => 'accepted', (e) => e.name + ': ' + e.message));
      errors.push(await window.newsprism.setInput(b).then(() => 'accepted', (e) => e.name + ': ' + e.message));
    }
    const after = window.newsprism.ui.layout();
    const ok = await window.newsprism.analyze([{ text: 'Officials in Ottawa said exports rose 3% in May.', title: 12 }]);
    return { errors, before: [before.input_generation, before.documents, before.input_bytes],
      after: [after.input_generation, after.documents, after.input_bytes], okTitle: ok.documents[0].title, okDocs: ok.documents.length };
  }, DOCS.slice(0, 3));
  for (const e of r.errors) assert.match(e, /^TypeError: newsprism: .*expected a text, a document \{id, title, text\} or an array of them$/);
  assert.match(r.errors[0], /the input is null/);
  assert.match(r.errors[4], /the input is a number/);
  assert.match(r.errors[8], /the input has no text string \(its "text" is undefined\)/);
  assert.match(r.errors[14], /item 2 is null/);
  assert.match(r.errors[18], /item 1 is an array/);
  assert.deepEqual(r.after, r.before, 'the input is unchanged');
  assert.equal(r.okDocs, 1);
  assert.equal(r.okTitle, '12');
});

// A first visit (nothing remembered) shows the built-in sample analysed, after the first frame;
// a remembered input, even an emptied one, is shown as it was left instead (test above).
test('a first visit shows the sample article, analysed; the remembered sample comes back after a reload', async () => {
  const { context, page } = await openApp(app.browser, app.server.url);
  try {
    const sample = await page.evaluate(() => fetch('sample.txt').then((r) => r.text()));
    const l = await page.waitForFunction(() => {
      const x = JSON.parse(window.Module.UTF8ToString(window.Module._np_app_layout()));
      return x.documents === 1 && x.generation > 0 && x.generation === x.input_generation && !x.busy ? x : null;
    }, null, { timeout: 20000 }).then((h) => h.jsonValue());
    assert.equal(l.input_bytes, Buffer.byteLength(sample, 'utf8'));
    const doc = await page.evaluate(() => window.newsprism.lastResult().documents[0]);
    assert.equal(doc.id, 'sample');
    assert.ok(doc.entities.length > 5 && doc.measures.length > 0, 'the sample is analysed, not only shown');
    // No undo step back to an empty page: the sample is where a first visit starts.
    assert.equal(await page.evaluate(() => window.Module._np_app_wants_sample()), 0);
    await page.waitForFunction(() => localStorage.getItem('newsprism.input'), null, { timeout: 10000 });
    await page.reload();
    await page.evaluate(() => window.newsprism.ready);
    const again = await idle(page);
    assert.equal(again.documents, 1);
    assert.equal(again.input_bytes, Buffer.byteLength(sample, 'utf8'));
  } finally {
    await context.close();
  }
});

// The first visit's sample is fetched after the first frame; an input that comes first wins:
// the sample, arriving later, must not replace it. The input is given the moment the page is
// ready (before its first frame), from a script that runs before the page's own.
test('a first visit: an input given at ready is not replaced by the sample arriving after it', async () => {
  const text = 'Officials in Canberra said on Tuesday that wheat exports rose 4% in April.';
  const { context, page } = await openApp(app.browser, app.server.url, {
    initArg: text, init: (t) => {
      const wait = setInterval(() => {
        if (!window.newsprism || !window.newsprism.ready) return;
        clearInterval(wait);
        window.newsprism.ready.then(() => { window.__given = window.newsprism.setInput(t); });
      }, 1);
    } });
  try {
    const r = await page.evaluate(async () => {
      await window.__given;
      await new Promise((ok) => setTimeout(ok, 1500));  // the sample's fetch has long come back
      const l = await window.newsprism.idle();
      return { documents: l.documents, bytes: l.input_bytes, wants: window.Module._np_app_wants_sample() };
    });
    assert.deepEqual(r, { documents: 1, bytes: Buffer.byteLength(text, 'utf8'), wants: 0 });
  } finally {
    await context.close();
  }
});
