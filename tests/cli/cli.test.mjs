// cli.test.mjs — the `newsprism` command as a user runs it: exit codes, messages, formats,
// HTML and odd files, JSONL streaming. Runs the native binary from build/native.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'build/native/newsprism');
const SHARED = process.env.NEWSPRISM_SHARED || resolve(ROOT, '../shared');
const dir = mkdtempSync(join(tmpdir(), 'np-cli-'));

function run(args, input) {
  const r = spawnSync(BIN, args, { input, maxBuffer: 256 << 20 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
function file(name, content) {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

test('help, version and usage errors', () => {
  assert.equal(run(['--help']).code, 0);
  const v = run(['version']);
  assert.equal(v.code, 0);
  assert.match(v.out, /^newsprism \d+\.\d+\.\d+/);
  const bad = run(['analyze', '--no-such-option']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /no-such-option/);
  assert.equal(run(['frobnicate']).code, 2);
});

test('train-ner --from-model writes the shipped model byte for byte, and refuses a file that is none', () => {
  const out = join(dir, 'again.model');
  const r = run(['train-ner', '--from-model', join(ROOT, 'assets/ner.model'), '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.ok(readFileSync(out).equals(readFileSync(join(ROOT, 'assets/ner.model'))));
  const bad = run(['train-ner', '--from-model', file('not.model', 'hello'), '--out', join(dir, 'x.model')]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /not\.model: not a NewsPrism tagger model/);
  assert.equal(existsSync(join(dir, 'x.model')), false);
});

test('a missing file is bad input, named on stderr', () => {
  const r = run(['analyze', join(dir, 'nope.txt')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /nope\.txt/);
});

test('binary files are refused as "not text"; UTF-16 with a BOM is converted', () => {
  const png = file('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  const r = run(['analyze', png]);
  assert.equal(r.code, 1);
  assert.match(r.err, /x\.png: not text/);
  const text = 'Canada imposed a 25% surtax on steel.\n';
  const u16 = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const t = run(['analyze', '--format', 'text', u16]);
  assert.equal(t.code, 0, t.err);
  assert.equal(t.out.trim(), text.trim());
  const nobom = file('nobom.txt', Buffer.from(text, 'utf16le'));
  const n = run(['analyze', nobom]);
  assert.equal(n.code, 1);
  assert.match(n.err, /UTF-16/);
});

test('JSON output follows the schema header and keeps offsets into the input', () => {
  const text = 'Ministers met in Geneva.\n\nMinisters met in Geneva.\n';
  const r = run(['analyze', '-'], text);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.schema, 'newsprism.analysis/1');
  const segs = j.documents[0].segments;
  assert.equal(segs.length, 2);
  assert.equal(Buffer.from(text).subarray(segs[1].start, segs[1].end).toString(), 'Ministers met in Geneva.');
  assert.equal(segs[1].status, 'duplicate');
  assert.equal(segs[1].duplicate_of, 0);
});

test('Markdown lists trade measures with their rates as written: 25%, 2.3 million tonnes per year', () => {
  const text = 'Ottawa imposed a 25% tariff on steel from Korea on Monday.\n\n' +
    'Seoul agreed to cap its steel shipments at 2.3 million tonnes a year under the deal.\n';
  const r = run(['analyze', '--format', 'md', file('rates.txt', text)]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^- \*\*tariff\*\* 25% on steel/m);
  assert.match(r.out, /^- \*\*quota\*\* 2\.3 million tonnes per year on its steel shipments/m);
  assert.doesNotMatch(r.out, /e\+0/, 'no exponent notation');
});

test('saved HTML pages are extracted, from a file and from stdin', () => {
  const html = `<!doctype html><html><head><title>Port reopens - Example News</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <article><h1>Port reopens after strike</h1>
    <p>The port of Rotterdam reopened on Tuesday after a week-long strike by dock workers, officials said.</p>
    <p>Shipping companies said the backlog of containers would take several days to clear.</p></article>
    <footer>Copyright Example News. All rights reserved.</footer></body></html>`;
  const p = file('page.html', html);
  const r = run(['analyze', '--format', 'text', p]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /port of Rotterdam reopened/);
  assert.doesNotMatch(r.out, /Home|All rights reserved|<p>/);
  const s = run(['analyze', '-'], html);
  assert.equal(s.code, 0, s.err);
  const j = JSON.parse(s.out);
  assert.match(j.documents[0].clean_text, /backlog of containers/);
  assert.match(j.documents[0].title, /Port reopens/);
});

test('--jsonl-input streams one line per document and reports a bad line by number', () => {
  const lines = [
    JSON.stringify({ id: 'a', title: 'A', text: 'Oil prices rose 3% on Monday.' }),
    '{"id": "b", "text": ',
    JSON.stringify({ id: 'c', title: 'C', text: 'The talks ended without a deal.' }),
  ].join('\n');
  const r = run(['analyze', '--jsonl-input', '--format', 'jsonl'], lines);
  assert.equal(r.code, 1);
  assert.match(r.err, /:2: /);
  const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((d) => d.id), ['a', 'c']);
});

test('the seed article prints once, without its related links', (t) => {
  const seed = join(SHARED, 'seeds/000_1c73318acc626785.txt');
  if (!existsSync(seed)) { t.skip('../shared absent'); return; }
  const r = run(['analyze', '--format', 'text', seed]);
  assert.equal(r.code, 0, r.err);
  const src = readFileSync(seed, 'utf8');
  const firstLine = src.split('\n')[0].trim();
  assert.equal(r.out.split(firstLine).length - 1, 1, 'the first paragraph appears exactly once');
  const related = src.slice(src.lastIndexOf('\n', src.indexOf('You may also like')));
  for (const l of related.split('\n').map((x) => x.trim()).filter(Boolean))
    assert.ok(!r.out.includes(l), `related-links line kept: ${l}`);
});
