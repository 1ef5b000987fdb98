// paint.test.mjs — what one painted frame covers, and that covering less did not change the look.
// Where the canvas is painted in software (SwiftShader here, machines without a GPU), the GPU
// process's time per frame follows the pixels the frame's triangles cover: the window's and the
// panels' backgrounds under everything made a 1280x800 frame of the sample cover its pixels
// three times over (44-47 ms a frame; 18 ms now, `node bench/paint.mjs`). They are painted once now (view_panels.cpp, section 2a).
// The frame's triangles are read from the WebGL calls (app_support.mjs's coverageProbe, also
// used by bench/paint.mjs); the look is read from screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';
import { layout, frames, idle, dominantColor, coverageProbe } from './app_support.mjs';

const app = {};
before(async () => {
  app.server = await serveDist('/');
  app.browser = await launch();
  Object.assign(app, await openApp(app.browser, app.server.url, { init: coverageProbe }));
  await idle(app.page);  // the sample, analysed and shown
});
after(async () => {
  await app.context?.close();
  await app.browser?.close();
  app.server?.close();
});

// RGB of the screenshot at each point (dominantColor of the 1x1 rectangle inside a 3x3 one).
async function pixels(page, points) {
  const png = await page.screenshot();
  const out = [];
  for (const [x, y] of points) out.push((await dominantColor(page, png, [Math.round(x) - 1, Math.round(y) - 1, 3, 3])).rgb);
  return out;
}

// The dark theme's colours (src/app/theme.cpp): WindowBg 0.09/0.10/0.12, ChildBg 0.12/0.13/0.15,
// Border 0.24/0.26/0.30, as 8-bit values.
const WINDOW = [23, 26, 31], PANEL = [31, 33, 38], BORDER = [61, 66, 77];

test('a painted frame covers each pixel of the panels once, not under three layers of background', async () => {
  const { page } = app;
  const [w, h] = (await layout(page)).display;
  // (a frame that never comes fails here, not by hanging the suite)
  const grabbed = page.evaluate(() => Promise.race([window.__npGrab(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('no frame painted in 15 s')), 15000))]));
  await page.mouse.move(w / 2, h / 2);  // an event: the UI paints a frame
  await page.mouse.move(w / 2 + 5, h / 2 + 5);
  const f = await grabbed;
  assert.ok(f.draws > 5, `a frame of the sample's view was read (${f.draws} draw calls)`);
  // The panels tile the screen: their backgrounds alone were 0.86 of it, the window's another
  // 0.97, the article's and the lists' inner areas more (3.06 times the canvas in all, 3 Dec;
  // 0.64 after). What is left: text, highlights, frames of input fields, table stripes, the
  // menu bar: less than the canvas once over.
  const share = f.pixels / (w * h);
  assert.ok(share < 1, `one frame covers ${(share * 100).toFixed(0)}% of the canvas's pixels (was 306%)`);
});

test('the panels keep their colour, their borders and the window colour between them', async () => {
  const { page } = app;
  await frames(page, 2);
  const l = await layout(page);
  const names = ['Input', 'Article', 'Entities', 'Measures', 'Issues'];
  const points = [];
  for (const n of names) {
    const r = l.items['panel:' + n];
    assert.ok(r, `panel ${n} is shown`);
    const [x, y, pw, ph] = r;
    points.push([x + 3, y + ph - 3]);  // inside, in the panel's padding
    points.push([x, y + ph / 2]);      // its left border
    points.push([x + pw / 2, y]);      // its top border
  }
  const left = l.items['panel:Input'];
  points.push([left[0] - 3, left[1] + left[3] / 2]);  // the window's margin left of the first column
  const px = await pixels(page, points);
  names.forEach((n, i) => {
    assert.deepEqual(px[3 * i], PANEL, `${n}: inside is the panel colour`);
    assert.deepEqual(px[3 * i + 1], BORDER, `${n}: the left border is drawn`);
    assert.deepEqual(px[3 * i + 2], BORDER, `${n}: the top border is drawn`);
  });
  assert.deepEqual(px[px.length - 1], WINDOW, 'between the panels: the window colour');
});
