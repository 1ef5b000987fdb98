// app.test.mjs — NewsPrism in headless Chromium, driven the way a person uses it: a real paste
// event, dropped files, the file chooser, Load sample, clicks on the canvas, keyboard shortcuts,
// downloads; results checked through the JS hook and on the canvas pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, pixelStats, OUT, DIST } from './harness.mjs';
import { layout, idle, until, frames, click, paste, drop, download, dominantColor, foreignRequests } from './app_support.mjs';
import * as trade from './fixtures/trade.mjs';

const app = useApp('/np/');

const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const useFixture = (page, a) => page.evaluate((x) => window.newsprism.debug.useFixture(x), a);

test('a real paste event puts the article in and the real core analyses it', async () => {
  const { page } = app;
  await paste(page, trade.text);
  const l = await idle(page);
  assert.equal(l.documents, 1);
  assert.equal(l.input_bytes, utf8(trade.text));
  const a = await page.evaluate(() => window.newsprism.lastResult());
  assert.equal(a.schema, 'newsprism.analysis/1');
  assert.equal(a.documents.length, 1);
  const d = a.documents[0];
  assert.equal(d.bytes, utf8(trade.text));
  assert.ok(d.segments.length >= 1);
  for (const s of d.segments) assert.ok(s.start < s.end && s.end <= d.bytes, `segment ${s.start}-${s.end} inside the text`);
  assert.ok(Array.isArray(d.entities) && Array.isArray(d.measures) && Array.isArray(d.issues));
  const timing = await page.evaluate(() => window.newsprism.lastTiming());
  assert.ok(timing.workerMs >= 0);
});

test('pasted page source is read as a web page: the article is analysed, not the markup', async () => {
  const { page } = app;
  const html = '<!doctype html><html><head><title>Mill closes</title></head><body>' +
    '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>' +
    '<article><h1>Mill closes after tariff rise</h1><p>The steel mill in Hamilton will close in March after ' +
    'the government raised tariffs on imported coke to 35%, the company said on Monday.</p>' +
    '<p>About 400 workers are affected, according to the union, which called the decision short-sighted.</p></article>' +
    '<footer>All rights reserved.</footer></body></html>';
  await paste(page, html);
  await idle(page);
  const a = await page.evaluate(() => window.newsprism.lastResult());
  const d = a.documents[0];
  assert.match(d.clean_text, /steel mill in Hamilton will close/);
  assert.doesNotMatch(d.clean_text, /<p>|Home|All rights reserved/);
});

test('highlights on the canvas sit where the hook says entities are, in their type colours', async () => {
  const { page } = app;
  const fx = trade.analysis();
  await useFixture(page, fx);
  try {
    const result = await page.evaluate((t) => window.newsprism.analyze(t), trade.text);
    assert.deepEqual(result, fx);
    await idle(page);
    await frames(page, 3);
    const l = await layout(page);
    const types = new Set(l.marks.map((m) => m.type));
    for (const t of ['PERSON', 'GPE', 'ORG', 'PERCENT', 'MONEY', 'DATE']) assert.ok(types.has(t), `a ${t} highlight is visible`);
    const png = await page.screenshot({ path: join(OUT, 'app-highlights.png') });
    const checked = new Set();
    for (const m of l.marks) {
      if (checked.has(m.type)) continue;
      checked.add(m.type);
      const c = await dominantColor(page, png, m.rect);
      const diff = Math.max(...c.rgb.map((v, i) => Math.abs(v - m.color[i])));
      assert.ok(diff <= 4, `${m.type} highlight at ${m.rect.map(Math.round)}: found rgb(${c.rgb}) expected rgb(${m.color})`);
      assert.ok(c.share > 0.3, `${m.type}: the highlight colour covers its box (${c.share.toFixed(2)})`);
    }
    // The panels list what the fixture holds.
    for (const item of ['entity:1', 'entity:3', 'measure:0', 'measure:1', 'issue:0', 'quote:0', 'quote:1', 'dedup-sentence'])
      assert.ok(l.items[item] || item.startsWith('quote') || item === 'dedup-sentence' , `${item} on screen`);
    assert.ok(l.items['entity:1'] && l.items['measure:0'] && l.items['issue:0'], 'entities, measures and issues panels list rows');

    // Selecting an entity (hook) and stepping through its mentions (keyboard).
    assert.equal(await page.evaluate(() => window.newsprism.ui.selectEntity(1)), true);
    await frames(page, 2);
    assert.equal((await layout(page)).selected_entity, 1);
    // Clicking a measure row highlights its evidence.
    await click(page, 'measure:1');
    const text1 = await page.screenshot({ clip: rectOf(l.items['article:text']) });
    // Show removed puts the repeated paragraph and the boilerplate back.
    const before = await pixelStats(page, text1);
    await page.evaluate(() => window.newsprism.ui.showRemoved(true));
    await frames(page, 3);
    const png2 = await page.screenshot({ path: join(OUT, 'app-removed.png') });
    const l2 = await layout(page);
    assert.equal(l2.show_removed, true);
    const after = await pixelStats(page, png2, rectOf(l2.items['article:text']));
    assert.notEqual(Math.round(after.mean * 10), Math.round(before.mean * 10), 'the article changed when removed parts were shown');
    await page.evaluate(() => window.newsprism.ui.showRemoved(false));
  } finally {
    await useFixture(page, null);
  }
});

function rectOf(r) { return { x: Math.round(r[0]), y: Math.round(r[1]), width: Math.round(r[2]), height: Math.round(r[3]) }; }

test('Find (Ctrl+F) counts the matches in the shown text', async () => {
  const { page } = app;
  await useFixture(page, trade.analysis());
  try {
    await page.evaluate((t) => window.newsprism.analyze(t), trade.text);
    await idle(page);
    await page.mouse.click(640, 400);
    await page.keyboard.press('Control+f');
    await frames(page, 3);
    await page.keyboard.type('lindqvist', { delay: 30 });
    await frames(page, 3);
    await page.screenshot({ path: join(OUT, 'app-find.png') });
    // Kept segments only: the repeated paragraph is removed.
    const kept = trade.analysis().documents[0].segments.filter((s) => s.status === 'kept')
      .map((s) => Buffer.from(trade.text).subarray(s.start, s.end).toString()).join('\n');
    const want = kept.toLowerCase().split('lindqvist').length - 1;
    assert.equal((await layout(page)).matches, want);
    await page.keyboard.press('Escape');
  } finally {
    await useFixture(page, null);
  }
});

test('dropped files: text and UTF-16 are read, a PNG is refused as "not text"', async () => {
  const { page } = app;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zweite Meldung: Zölle auf Stahl steigen.\n', 'utf16le')]);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
  await drop(page, [
    { name: 'trade.txt', type: 'text/plain', text: trade.text },
    { name: 'second.txt', type: 'text/plain', bytes: [...utf16] },
    { name: 'photo.png', type: 'image/png', bytes: png },
  ]);
  await until(page, (x) => x.notice !== '', 'the refusal notice');
  const l = await idle(page);
  assert.equal(l.documents, 2);
  assert.match(l.notice, /photo\.png: not text/);
  const a = await page.evaluate(() => window.newsprism.lastResult());
  assert.equal(a.documents.length, 2);
  assert.equal(a.documents[1].bytes, utf8('Zweite Meldung: Zölle auf Stahl steigen.\n'));
  await click(page, 'notice-ok');
  assert.equal((await layout(page)).notice, '');
});

test('File → Open… through the file chooser reads a .jsonl of documents', async () => {
  const { page } = app;
  await click(page, 'menu:File');
  // (the item as the menu shows it, then the pointer over it for a frame before the click, as
  // click() does: a press and release on a pointer that jumped there in the same frame was now
  // and then lost, and no file chooser opened)
  const l = await until(page, (x) => x.items['menu:File/Open…'], 'the File menu');
  const r = l.items['menu:File/Open…'];
  assert.ok(r, 'the File menu is open');
  await page.mouse.move(r[0] + r[2] / 2, r[1] + r[3] / 2);
  await frames(page, 2);
  const jsonl = [{ id: 'a1', title: 'First', text: trade.text }, { id: 'a2', title: 'Second', text: 'Another short article.\n' }]
    .map((o) => JSON.stringify(o)).join('\n');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10000 }),
    page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2),
  ]);
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles([{ name: 'articles.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(jsonl) }]);
  await until(page, (x) => x.input_bytes === utf8(trade.text) + utf8('Another short article.\n'), 'the opened files');
  const after = await idle(page);
  assert.equal(after.documents, 2);
  const a = await page.evaluate(() => window.newsprism.lastResult());
  assert.deepEqual(a.documents.map((d) => [d.id, d.title]), [['a1', 'First'], ['a2', 'Second']]);
});

test('Load sample analyses the sample article', async () => {
  const { page } = app;
  const sample = readFileSync(join(DIST, 'sample.txt'), 'utf8');
  await click(page, 'input:sample');
  await until(page, (x) => x.input_bytes === utf8(sample) && x.documents === 1, 'the sample');
  await idle(page);
  const a = await page.evaluate(() => window.newsprism.lastResult());
  assert.equal(a.documents.length, 1);
  assert.equal(a.documents[0].bytes, utf8(sample));
  const timing = await page.evaluate(() => window.newsprism.lastTiming());
  console.log(`# sample analysed in ${timing.workerMs.toFixed(1)} ms in the worker, ${timing.roundTripMs.toFixed(1)} ms round trip`);
  await page.screenshot({ path: join(OUT, 'app-sample.png') });
});

test('Ctrl+S downloads the analysis as JSON equal to the hook\'s result', async () => {
  const { page } = app;
  await page.mouse.click(640, 300);
  const d = await download(page, () => page.keyboard.press('Control+s'));
  assert.equal(d.name, 'newsprism-analysis.json');
  const a = await page.evaluate(() => window.newsprism.lastResult());
  assert.deepEqual(JSON.parse(d.text), a);
});

test('the HTML report of an article containing <script> stays inert and readable', async () => {
  const { page } = app;
  const evil = 'Headline with <b>tags</b>\nA paragraph <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2"> here.\n';
  await page.evaluate((t) => window.newsprism.analyze(t), evil);
  await idle(page);
  const d = await download(page, () => page.evaluate(() => window.newsprism.ui.action('export:html')));
  assert.equal(d.name, 'newsprism-report.html');
  assert.doesNotMatch(d.text, /<script|<img|onerror="/i);
  assert.match(d.text, /&lt;script&gt;window\.__pwned = 1&lt;\/script&gt;/);
  assert.match(d.text, /<html lang="en">/);
  assert.match(d.text, /<main>/);
  const report = await app.browser.newPage();
  await report.setContent(d.text);
  assert.equal(await report.evaluate(() => window.__pwned), undefined);
  assert.match(await report.textContent('main'), /<script>window\.__pwned = 1<\/script>/);
  await report.close();
});

test('CSV exports neutralize cells that start with = + - @', async () => {
  const { page } = app;
  const fx = trade.analysis();
  const names = ['=HYPERLINK("http://x","y")', '+1 555', '-2+3', '@SUM(A1)'];
  names.forEach((n, i) => { fx.documents[0].entities[i].name = n; });
  fx.documents[0].measures[0].goods = '=cmd|calc';
  await useFixture(page, fx);
  try {
    await page.evaluate((t) => window.newsprism.analyze(t), trade.text);
    await idle(page);
    const ents = await download(page, () => page.evaluate(() => window.newsprism.ui.action('export:csv-entities')));
    const lines = ents.text.trim().split(/\r\n/);
    assert.equal(lines[0], 'document,id,name,type,role,affiliation,count,aliases');
    assert.match(lines[1], /,"'=HYPERLINK\(""http:\/\/x"",""y""\)",/);
    assert.match(lines[2], /,'\+1 555,/);
    assert.match(lines[3], /,'-2\+3,/);
    assert.match(lines[4], /,'@SUM\(A1\),/);
    const meas = await download(page, () => page.evaluate(() => window.newsprism.ui.action('export:csv-measures')));
    assert.match(meas.text, /,'=cmd\|calc,/);
    assert.doesNotMatch(meas.text, /,=cmd/);
  } finally {
    await useFixture(page, null);
  }
});

// Past its first 150 ms an analysis shows its progress bar and Cancel in an element of the page
// over the status bar (src/app/view_panels.cpp, section 4), and the canvas is painted only when
// the person does something: a painted frame of the progress bar cost 70-130 ms where the canvas
// is painted in software, the frames over 100 ms of a 10 MB analysis. The delayed fixture makes
// the analysis last 3 s and report 50% half-way, whatever the machine's speed.
test('a pasted input is painted, then analysed with progress and Cancel over the status bar; the canvas paints nothing meanwhile', async () => {
  const { page } = app;
  const strip = () => page.evaluate(() => {
    const s = document.getElementById('progress'), bar = s.querySelector('[role=progressbar]');
    const l = window.newsprism.ui.layout();
    return { hidden: s.hidden, rect: s.getBoundingClientRect().toJSON(), label: bar.textContent,
      value: bar.getAttribute('aria-valuenow'), cancel: !s.querySelector('button').hidden,
      bg: getComputedStyle(s).backgroundColor, viewport: [innerWidth, innerHeight], busy: l.busy,
      drawn: l.frames.drawn, status: l.status, dark: l.dark };
  });
  const waitStrip = async (pred, what) => {
    for (let t0 = Date.now(); Date.now() - t0 < 10000;) {
      const s = await strip();
      if (pred(s)) return s;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('timed out waiting for ' + what + ': ' + JSON.stringify(await strip()));
  };
  await page.evaluate(([a, ms]) => window.newsprism.debug.useFixture(a, ms), [trade.analysis(), 3000]);
  try {
    // A real paste into an idle page (no frame painted for a second, so the paste is due at
    // once): a painted frame shows the input first, then a frame that paints nothing sends it
    // to the workers (src/app/app_analysis.cpp, request_if_due).
    await until(page, (l) => !l.busy && !l.receiving, 'no analysis running');
    await page.waitForTimeout(1000);
    const sent = await page.evaluate(async (t) => {
      const before = window.newsprism.ui.layout().frames.drawn;
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      for (let t0 = performance.now(); performance.now() - t0 < 10000;) {
        const l = window.newsprism.ui.layout();
        if (l.busy) return { before, atRequest: l.frames.drawn, fromPainted: l.request_painted, input: l.input_generation, shown: l.shown_input_generation };
        await new Promise((r) => requestAnimationFrame(r));
      }
      return { before, atRequest: null };
    }, trade.text);
    assert.equal(sent.shown, sent.input, `the pasted input was painted before it was sent: ${JSON.stringify(sent)}`);
    assert.equal(sent.fromPainted, false, 'the request came from a frame that painted nothing');
    const s = await waitStrip((x) => !x.hidden, 'the progress strip');
    assert.ok(s.busy);
    assert.equal(s.drawn, sent.atRequest, 'no frame painted from the request to the strip');
    // Over the status bar: the window's bottom line, across it, in the theme's window colour.
    assert.ok(s.rect.bottom <= s.viewport[1] && s.rect.bottom >= s.viewport[1] - 12, JSON.stringify(s.rect));
    assert.ok(s.rect.height >= 16 && s.rect.height <= 40 && s.rect.width > s.viewport[0] / 2, JSON.stringify(s.rect));
    assert.equal(s.bg, s.dark ? 'rgb(23, 26, 31)' : 'rgb(230, 232, 237)');
    assert.equal(s.label, `Analysing ${utf8(trade.text)} bytes\u2026 0%`);
    assert.equal(s.value, '0');
    assert.ok(s.cancel, 'Cancel is offered');
    // Half-way progress reaches the strip; the canvas painted no frame since the strip appeared.
    const half = await waitStrip((x) => x.value === '50', 'half-way progress');
    assert.match(half.label, /\u2026 50%$/);
    assert.ok(half.busy);
    assert.equal(half.drawn, s.drawn, 'no canvas frame painted while nothing but the progress changed');
    // Cancel in the strip, with a real click: the analysis stops, the strip goes, and the
    // canvas keeps the keyboard.
    await page.click('#progress button');
    await until(page, (x) => !x.busy && /cancelled/.test(x.status), 'the cancelled status', 10000);
    // The status changes at once; the strip goes with the next painted frame.
    const after = await waitStrip((x) => x.hidden, 'the strip to go');
    assert.ok(after.drawn > half.drawn, 'the strip went with a painted frame');
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'canvas');
  } finally {
    await useFixture(page, null);
  }
  // A short analysis (under 150 ms) never shows the strip.
  const seen = await page.evaluate(async (t) => {
    let shown = false;
    const o = new MutationObserver(() => { if (!document.getElementById('progress').hidden) shown = true; });
    o.observe(document.getElementById('progress'), { attributes: true });
    window.newsprism.debug.useFixture(null);
    await window.newsprism.analyze(t);
    o.disconnect();
    return shown;
  }, 'A short note from Geneva about steel tariffs.');
  assert.equal(seen, false);
});

test('the layout follows window resizes (1280×800 and 1920×1080)', async () => {
  const { page } = app;
  for (const [w, h] of [[1920, 1080], [1280, 800]]) {
    await page.setViewportSize({ width: w, height: h });
    await frames(page, 4);
    const l = await layout(page);
    assert.deepEqual(l.display, [w, h]);
    for (const p of ['Input', 'Article', 'Entities', 'Measures', 'Issues']) {
      const r = l.items['panel:' + p];
      assert.ok(r, `panel ${p} shown at ${w}x${h}`);
      assert.ok(r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= w + 1 && r[1] + r[3] <= h + 1, `panel ${p} fits ${w}x${h}`);
      assert.ok(r[2] > 150 && r[3] > 120, `panel ${p} is usable at ${w}x${h}: ${r.map(Math.round)}`);
    }
    await page.screenshot({ path: join(OUT, `app-${w}x${h}.png`) });
  }
});

test('settings are remembered; Private mode stores nothing', async () => {
  const { page } = app;
  await page.mouse.click(640, 300);
  const size0 = (await layout(page)).font_size;
  await page.keyboard.press('Control+Equal');
  await frames(page, 3);
  assert.equal((await layout(page)).font_size, size0 + 1);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('newsprism.settings')));
  assert.equal(stored.font_size, size0 + 1);
  await page.keyboard.press('Control+Minus');
  await frames(page, 2);
  // Private mode through the View menu.
  await click(page, 'menu:View');
  await click(page, 'menu:View/Private mode (store nothing)', { wait: false });
  await frames(page, 2);
  assert.equal(await page.evaluate(() => localStorage.getItem('newsprism.settings')), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('newsprism.input')), null);
  await paste(page, 'A private note that must not be stored.');
  await idle(page);
  await page.waitForTimeout(1300);  // longer than the save delay
  assert.equal(await page.evaluate(() => localStorage.length), 0);
});

test('no console errors and no request to another origin', () => {
  assert.deepEqual(app.log.errors, []);
  assert.deepEqual(foreignRequests(app.log, app.server.origin), []);
});
