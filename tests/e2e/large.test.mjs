// large.test.mjs — big inputs: a 10 MB paste is analysed while the page keeps answering, and
// inputs over the limit are refused with a message instead of taking the tab down.
//
// Frame times: rAF deltas are recorded and printed, but in this headless Chromium every drawn
// frame is rasterized by SwiftShader on a shared 2-core machine (70-300 ms a frame whatever the
// page does; an idle NewsPrism draws nothing and runs at ~17 ms). So what is measured is what
// the page itself does on the main thread: every UI frame (building + GL submission) and every
// event handler of web/bridge.js, inside the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { layout, idle, until } from './app_support.mjs';

const app = useApp('/');

// ~mb MB of article-like text: varied sentences, some paragraphs repeated (as pages repeat).
function makeText(page, mb) {
  return page.evaluate((size) => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const words = ('the of tariff trade minister said government steel imports exports market talks deal prices on in ' +
      'a to and with for from by officials said would percent billion week agreement duties goods').split(' ');
    const names = ['Aldren', 'Kovalenko', 'Merivale', 'Valdoria', 'Ostrava Steel', 'Port Helm', 'Lindqvist', 'Okafor'];
    const parts = [];
    let n = 0;
    while (n < size * 1024 * 1024) {
      const k = 20 + Math.floor(rnd() * 60), w = [];
      for (let i = 0; i < k; i++) w.push(rnd() < 0.08 ? names[Math.floor(rnd() * names.length)] : words[Math.floor(rnd() * words.length)]);
      let p = w.join(' ') + '.';
      if (rnd() < 0.2 && parts.length) p = parts[Math.floor(rnd() * parts.length)];
      parts.push(p);
      n += p.length + 2;
    }
    window.__text = parts.join('\n\n');
    return window.__text.length;
  }, mb);
}

async function pasteAndMeasure(page, chars) {
  await page.evaluate(() => {
    window.__deltas = [];
    let last = performance.now();
    const f = (t) => { window.__deltas.push(t - last); last = t; requestAnimationFrame(f); };
    requestAnimationFrame(f);
    window.newsprism.ui.frameStats();  // reset
  });
  const t0 = Date.now();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', window.__text);
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  // While it runs: sample the page's own costs and how long the page takes to answer.
  const samples = [], answers = [];
  let done = false;
  const watcher = (async () => {
    while (!done) {
      const s = Date.now();
      samples.push(await page.evaluate(() => window.newsprism.ui.frameStats()));
      answers.push(Date.now() - s);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await until(page, (l) => l.input_bytes >= chars, 'the pasted text in the UI', 30000);
  const l = await idle(page, 120000);
  done = true;
  await watcher;
  const seconds = (Date.now() - t0) / 1000;
  const a = await page.evaluate(() => { const r = window.newsprism.lastResult(); return { docs: r.documents.length, bytes: r.documents[0].bytes }; });
  assert.equal(a.docs, 1);
  assert.ok(a.bytes >= 10 * 1024 * 1024, `analysed ${a.bytes} bytes`);
  assert.equal(l.input_bytes, a.bytes);
  const worst = samples.reduce((w, s) => ({ ui: Math.max(w.ui, s.ui_max), gl: Math.max(w.gl, s.gl_max), handler: Math.max(w.handler, s.handler_max) }),
    { ui: 0, gl: 0, handler: 0 });
  const deltas = await page.evaluate(() => window.__deltas);
  const sorted = deltas.slice().sort((x, y) => x - y);
  const timing = await page.evaluate(() => window.newsprism.lastTiming());
  console.log(`# 10 MB paste: done in ${seconds.toFixed(1)} s (worker ${timing.workerMs.toFixed(0)} ms); ` +
    `main-thread max: UI frame ${worst.ui.toFixed(1)} ms + GL ${worst.gl.toFixed(1)} ms, handlers ${worst.handler.toFixed(1)} ms; ` +
    `rAF deltas: ${deltas.length} frames, median ${sorted[sorted.length >> 1]?.toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms; ` +
    `page answered within ${Math.max(...answers)} ms`);
  return { worst, answers, sorted };
}

// The 100 ms frame budget is a benchmark target (bench/page.mjs measures and reports it); a
// timed assertion on a shared machine would only measure the machine. This test asserts what
// must hold on any machine: the analysis completes and the page never freezes (a frame or a
// handler of a second or more would be a real regression: work moved onto the main thread).
test('a 10 MB paste is analysed and the page keeps answering', async () => {
  const { page } = app;
  const chars = await makeText(page, 10);
  const { worst, answers, sorted } = await pasteAndMeasure(page, chars);
  console.log(`# main-thread max while analysing 10 MB: UI frame ${(worst.ui + worst.gl).toFixed(1)} ms, handler ${worst.handler.toFixed(1)} ms`);
  assert.ok(worst.ui + worst.gl < 1000, `a UI frame took ${(worst.ui + worst.gl).toFixed(1)} ms on the main thread`);
  assert.ok(worst.handler < 1000, `an event handler took ${worst.handler.toFixed(1)} ms`);
  assert.ok(Math.max(...answers) < 3000, 'the page kept answering');
  assert.ok(sorted[sorted.length - 1] < 3000, 'no frame froze for seconds');
  // The article of a 10 MB input scrolls without freezing either.
  await page.mouse.move(600, 300);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(300);
  const s = await page.evaluate(() => window.newsprism.ui.frameStats());
  console.log(`# scrolling the 10 MB article: max frame ${(s.ui_max + s.gl_max).toFixed(1)} ms`);
  assert.ok(s.ui_max + s.gl_max < 1000, `scrolling: a frame took ${(s.ui_max + s.gl_max).toFixed(1)} ms`);
});

test('inputs over the limit are refused with a message; the page stays usable', async () => {
  const { page } = app;
  const r = await page.evaluate(() => {
    const big = 'x'.repeat(window.newsprism.limit + 1);
    return window.newsprism.analyze(big).then(() => 'accepted', (e) => e.message);
  });
  assert.match(r, /takes up to 64\.0 MB/);
  const l = await until(page, (x) => x.notice !== '', 'the notice');
  assert.match(l.notice, /64\.0 MB/);
  await page.mouse.click(640, 400);
  await page.keyboard.press('Enter');  // closes the notice
  await until(page, (x) => x.notice === '', 'the notice to close');
  // A dropped file over the limit is refused the same way (without reading it).
  await page.evaluate(() => {
    const dt = new DataTransfer();
    const blob = new Blob([new Uint8Array(window.newsprism.limit + 10)]);
    dt.items.add(new File([blob], 'huge.txt', { type: 'text/plain' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  const l2 = await until(page, (x) => x.notice !== '', 'the notice for the dropped file');
  assert.match(l2.notice, /huge\.txt: too large/);
  await page.keyboard.press('Enter');
  await until(page, (x) => x.notice === '', 'the notice to close');
  // A pasted text under the limit in characters but over it in UTF-8 bytes ('é' is 2 bytes):
  // refused by its byte count, and the input is not replaced.
  const before = await page.evaluate(() => window.newsprism.ui.layout().input_bytes);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '\u00e9'.repeat(window.newsprism.limit / 2 + 1));
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const l3 = await until(page, (x) => x.notice !== '', 'the notice for the paste');
  assert.match(l3.notice, /This input is 64\.0 MB\. NewsPrism takes up to 64\.0 MB/);
  assert.equal((await layout(page)).input_bytes, before);
  const ok = await page.evaluate(() => window.newsprism.analyze('Still working after the refusal.').then((x) => x.documents[0].bytes));
  assert.equal(ok, 'Still working after the refusal.'.length);
});
