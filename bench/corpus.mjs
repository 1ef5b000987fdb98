#!/usr/bin/env node
// corpus.mjs — builds the benchmark corpus from real Reuters news bodies (Reuters-21578, see
// /work/shared/data/news/README.md) into .cache/bench/ (git-ignored). Deterministic: the same
// input file gives byte-identical output (a fixed-seed PRNG, no clock, no Math.random).
//
//   node bench/corpus.mjs [--out DIR] [--sizes 1,10,100] [--src FILE]
//
// Output: news-<N>mb.txt for each size N (decimal MB, 1 MB = 1,000,000 bytes), each a prefix of
// the largest one, cut at a paste boundary at or just above N MB. A file is a sequence of
// "pastes" separated by the line "\f" (PASTE_SEPARATOR below): every harness splits on it to get
// one document per paste; fed whole, the form feed is just a control character the normalizer
// turns into a space, so the same file also works as one giant paste.
//
// What a paste looks like (what people paste into NewsPrism):
//   * 1 to 4 articles, each "Title\n\nDATELINE - paragraph\n\nparagraph ..." with the Reuters
//     hard wraps joined into one line per paragraph (85%) or kept as in the wire copy (15%);
//   * 22% of pastes hold the first article twice (copied twice by accident);
//   * 20% repeat a block of 2-3 paragraphs further down (syndicated copy, page chrome);
//   * 10% repeat a paragraph with one word changed (a near-duplicate edit);
//   * 35% end with a list of related headlines (5-8 titles of other articles) under a heading.
// Above the ~15 MB of distinct bodies the articles are reused in a new shuffled order and new
// groupings (the 100 MB file holds each body about 7 times, in different pastes).
// Prints one JSON line per file: {"file", "bytes", "pastes", "articles"}.
import { createReadStream, mkdirSync, openSync, writeSync, closeSync, existsSync, renameSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';

export const PASTE_SEPARATOR = '\n\f\n';
const ROOT = resolve(new URL('..', import.meta.url).pathname);

function args() {
  const a = { out: join(ROOT, '.cache/bench'), sizes: [1, 10, 100], src: '' };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '--out') a.out = resolve(v[++i]);
    else if (v[i] === '--sizes') a.sizes = v[++i].split(',').map(Number).filter((x) => x > 0);
    else if (v[i] === '--src') a.src = resolve(v[++i]);
    else { console.error(`corpus.mjs: unknown argument ${v[i]}`); process.exit(2); }
  }
  if (!a.src) {
    const shared = process.env.NEWSPRISM_SHARED || join(ROOT, '../shared');
    a.src = join(shared, 'data/news/reuters21578-articles.jsonl');
  }
  return a;
}

// mulberry32: a tiny 32-bit PRNG, enough for reproducible choices.
function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), chance: (p) => next() < p };
}

function shuffle(a, r) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// Reuters bodies: paragraphs start with a 4-space indent, lines are hard-wrapped at ~70 chars.
// The "Reuter" sign-off sits on its own line under the last paragraph: kept as its own line.
function paragraphs(body) {
  const sign = body.match(/\n\s*(reuter)\s*$/i);
  if (sign) body = body.slice(0, sign.index);
  const out = body.split(/\n(?= {3,})/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (sign) out.push(sign[1]);
  return out;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);
// Reuters titles are upper case; pages show them in title case.
function titleCase(t) {
  return t.toLowerCase().split(/\s+/).map((w, i) =>
    (i > 0 && SMALL.has(w)) ? w : w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

async function loadArticles(src) {
  const out = [];
  const lines = createInterface({ input: createReadStream(src, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const d = JSON.parse(line);
    if (d.text_type !== 'NORM' || !d.body || !d.title) continue;
    const paras = paragraphs(d.body);
    if (d.body.split(/\s+/).length < 40 || paras.length < 2) continue;
    out.push({ title: titleCase(d.title), dateline: d.dateline || '', paras });
  }
  return out;
}

const LINK_HEADINGS = ['Related coverage', 'More from Reuters', 'Read more', 'Latest stories', 'Related news', 'Most read'];
const EDITS = [['said', 'says'], ['the', 'this'], ['pct', 'percent'], ['mln', 'million'], ['will', 'would']];

function articleText(a, r) {
  const wrapped = r.chance(0.15);
  const paras = a.paras.map((p) => (wrapped ? p : p.replace(/\s*\n\s*/g, ' ')));
  const first = a.dateline ? `${a.dateline} ${paras[0]}` : paras[0];
  return { title: a.title, paras: [first, ...paras.slice(1)] };
}

function makePaste(arts, pool, r) {
  const blocks = [];
  for (const a of arts) {
    const t = articleText(a, r);
    blocks.push(t.title, ...t.paras);
  }
  const firstLen = 1 + arts[0].paras.length;
  if (r.chance(0.22)) blocks.push(...blocks.slice(0, firstLen));  // pasted twice
  if (blocks.length > 4 && r.chance(0.20)) {                      // a repeated block
    const n = 2 + r.int(2);
    const at = 1 + r.int(Math.max(1, blocks.length - n - 1));
    const pos = Math.min(blocks.length, at + n + r.int(blocks.length - at));
    blocks.splice(pos, 0, ...blocks.slice(at, at + n));
  }
  if (r.chance(0.10)) {                                           // a near-duplicate edit
    const cand = blocks.map((b, i) => i).filter((i) => blocks[i].split(' ').length >= 20);
    if (cand.length) {
      const i = cand[r.int(cand.length)];
      const [from, to] = EDITS[r.int(EDITS.length)];
      const edited = blocks[i].replace(new RegExp(`\\b${from}\\b`), to);
      blocks.splice(Math.min(blocks.length, i + 1 + r.int(4)), 0, edited);
    }
  }
  if (r.chance(0.35)) {                                           // related links
    const n = 5 + r.int(4);
    blocks.push(LINK_HEADINGS[r.int(LINK_HEADINGS.length)]);
    const links = [];
    for (let k = 0; k < n; k++) links.push(pool[r.int(pool.length)].title);
    blocks.push(links.join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}

async function main() {
  const a = args();
  if (!existsSync(a.src)) {
    console.error(`corpus.mjs: skipped: ${a.src} absent (the news corpus lives in ../shared)`);
    process.exit(3);
  }
  mkdirSync(a.out, { recursive: true });
  const articles = await loadArticles(a.src);
  const sizes = [...a.sizes].sort((x, y) => x - y).map((mb) => ({ mb, bytes: mb * 1e6 }));
  const largest = sizes[sizes.length - 1].bytes;
  const r = rng(20240601);
  const fds = sizes.map((s) => {
    const tmp = join(a.out, `news-${s.mb}mb.txt.tmp`);
    return { ...s, tmp, file: join(a.out, `news-${s.mb}mb.txt`), fd: openSync(tmp, 'w'), written: 0, pastes: 0, articles: 0, open: true };
  });
  let total = 0, pastes = 0, used = 0;
  let order = [];
  const take = () => {
    if (order.length === 0) order = shuffle(articles.slice(), r);
    used++;
    return order.pop();
  };
  while (total < largest) {
    const count = 1 + Math.min(3, Math.floor(-Math.log(1 - r.next()) * 1.2));  // mostly 1-2
    const arts = [];
    for (let k = 0; k < count; k++) arts.push(take());
    const text = (pastes ? PASTE_SEPARATOR.slice(1) : '') + makePaste(arts, articles, r);
    const buf = Buffer.from(text, 'utf8');
    pastes++;
    total += buf.length;
    for (const f of fds) {
      if (!f.open) continue;
      writeSync(f.fd, buf);
      f.written += buf.length; f.pastes = pastes; f.articles = used;
      if (f.written >= f.bytes) { closeSync(f.fd); f.open = false; }
    }
  }
  for (const f of fds) {
    if (f.open) closeSync(f.fd);
    renameSync(f.tmp, f.file);
    console.log(JSON.stringify({ file: f.file, bytes: f.written, pastes: f.pastes, articles: f.articles }));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
