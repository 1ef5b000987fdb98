// app_support.mjs — helpers for the app's end-to-end tests: read the UI's layout through the
// hook, click named items on the canvas, send real paste / drop events, catch downloads.
import { readFile } from 'node:fs/promises';

export const layout = (page) => page.evaluate(() => window.newsprism.ui.layout());
export const idle = (page, timeout = 30000) =>
  page.evaluate((t) => Promise.race([window.newsprism.idle(),
    new Promise((_, rej) => setTimeout(() => rej(new Error('the analysis did not finish in time')), t))]), timeout);
// Polls the layout until pred(layout) holds.
export async function until(page, pred, what = 'condition', timeout = 15000) {
  const t0 = Date.now();
  for (;;) {
    const l = await layout(page);
    if (pred(l)) return l;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}; last layout: ${JSON.stringify({ ...l, items: undefined, marks: undefined })}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
export const frames = (page, n = 2) =>
  page.evaluate((k) => new Promise((r) => { const f = () => (--k <= 0 ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); }), n);

// Clicks the centre of an item the UI reported in its last frame (menu:File, input:sample, ...).
// An item that is not there yet (a menu opened by the click before, on a loaded machine) is
// waited for up to 5 s: the item must still appear, only not within two frames.
export async function click(page, name, { wait = true } = {}) {
  if (wait) await frames(page, 2);
  let l = await layout(page);
  for (const t0 = Date.now(); !l.items[name] && Date.now() - t0 < 5000;) {
    await frames(page, 1);
    l = await layout(page);
  }
  const r = l.items[name];
  if (!r) throw new Error(`no item "${name}" on screen; have: ${Object.keys(l.items).join(', ')}`);
  await page.mouse.move(r[0] + r[2] / 2, r[1] + r[3] / 2);
  await frames(page, 1);
  await page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
  await frames(page, 2);
  return r;
}

// A real `paste` event carrying text, as the browser fires it on Ctrl+V.
export function paste(page, text) {
  return page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

// A real drop of files: [{name, type, bytes: number[] | text: string}]
export function drop(page, files) {
  return page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const body = f.text != null ? f.text : new Uint8Array(f.bytes);
      dt.items.add(new File([body], f.name, { type: f.type || '' }));
    }
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

// Runs `trigger` and returns the text of the download it causes.
export async function download(page, trigger) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), trigger()]);
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
}

// The most common colour in a rectangle of a PNG screenshot (computed in the page).
export function dominantColor(page, png, rect) {
  return page.evaluate(async ({ b64, r }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(Math.round(r[0]) + 1, Math.round(r[1]) + 1, Math.max(1, Math.round(r[2]) - 2), Math.max(1, Math.round(r[3]) - 2)).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    let best = 0, n = 0;
    for (const [k, v] of counts) if (v > n) { best = k; n = v; }
    return { rgb: [best >> 16, (best >> 8) & 255, best & 255], share: n / (d.length / 4) };
  }, { b64: png.toString('base64'), r: rect });
}

// An init script (context.addInitScript) wrapping WebGL2's bufferData, clear and drawElements:
// window.__npFrames counts painted frames (one clear each); for the next frame after
// __npGrab(), the area (in pixels) of every triangle drawn, summed, and the number of draw calls.
// (tests/e2e/paint.test.mjs, bench/paint.mjs)
export function coverageProbe() {
  const P = WebGL2RenderingContext.prototype;
  let vb = null, ib = null, grab = false, on = false, sum = 0, draws = 0;
  window.__npGrab = () => new Promise((resolve) => { grab = resolve; });
  window.__npFrames = 0;
  const bufferData = P.bufferData;
  P.bufferData = function (target, src, usage, offset, length) {
    // Emscripten's GL passes (target, HEAPU8, usage, pointer, size).
    if (on && arguments.length === 5 && src && src.buffer) {
      const bytes = new Uint8Array(src.buffer, src.byteOffset + offset, length).slice();
      if (target === this.ARRAY_BUFFER) vb = bytes; else if (target === this.ELEMENT_ARRAY_BUFFER) ib = bytes;
    }
    return bufferData.apply(this, arguments);
  };
  const clear = P.clear;
  P.clear = function () {
    window.__npFrames++;
    if (on) { on = false; const done = grab; grab = false; done({ pixels: sum, draws }); }
    if (grab) { on = true; sum = 0; draws = 0; }
    return clear.apply(this, arguments);
  };
  const drawElements = P.drawElements;
  P.drawElements = function (mode, count, type, offset) {
    if (on && vb && ib && type === this.UNSIGNED_SHORT) {
      // ImDrawVert: pos (2 floats), uv (2 floats), colour (4 bytes): 20 bytes.
      const f = new Float32Array(vb.buffer, 0, vb.byteLength >> 2), idx = new Uint16Array(ib.buffer, offset, count);
      for (let i = 0; i + 2 < count; i += 3) {
        const a = idx[i] * 5, b = idx[i + 1] * 5, c = idx[i + 2] * 5;
        sum += Math.abs((f[b] - f[a]) * (f[c + 1] - f[a + 1]) - (f[c] - f[a]) * (f[b + 1] - f[a + 1])) / 2;
      }
      draws++;
    }
    return drawElements.apply(this, arguments);
  };
}

export const foreignRequests = (log, origin) =>
  log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
