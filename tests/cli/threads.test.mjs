// threads.test.mjs — `newsprism analyze --threads N`: documents (files, or --jsonl-input lines)
// analysed in parallel give the same output, in the same order, as one thread; and streaming
// stays interactive: a producer that writes one line and waits for its answer gets it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'build/native/newsprism');
const dir = mkdtempSync(join(tmpdir(), 'np-threads-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (args, input) => {
  const r = spawnSync(BIN, args, { input, maxBuffer: 256 << 20 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
};
// The project's own test articles (tests/articles/*.txt) and sample.
const articles = readdirSync(join(ROOT, 'tests/articles')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => join(ROOT, 'tests/articles', f));
const sample = join(ROOT, 'assets/sample.txt');

test('--threads: several files give the same JSON with 1, 2 and 0 (one per core) threads', () => {
  const files = [...articles, sample, sample];
  const one = run(['analyze', '--threads', '1', ...files]);
  assert.equal(one.code, 0, one.err);
  const doc = JSON.parse(one.out);
  assert.equal(doc.documents.length, files.length);
  assert.ok(doc.cross_document.length > 0, 'the sample twice repeats across documents');
  for (const t of ['2', '0']) {
    const r = run(['analyze', '--threads', t, ...files]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, one.out, `--threads ${t} changed the output`);
  }
});

test('--threads with --jsonl-input: lines answered in input order, bad lines named, same bytes', () => {
  const lines = [];
  for (let round = 0; round < 6; round++) {
    articles.forEach((f, i) => lines.push(JSON.stringify({ id: `${round}-${i}`, text: readFileSync(f, 'utf8') })));
    lines.push('{"id": "broken", "text": ');  // line 12, 24, ...: not valid JSON
  }
  const p = join(dir, 'many.jsonl');
  writeFileSync(p, lines.join('\n') + '\n');
  const one = run(['analyze', '--jsonl-input', '--format', 'jsonl', '--threads', '1', p]);
  const two = run(['analyze', '--jsonl-input', '--format', 'jsonl', '--threads', '2', p]);
  assert.equal(one.code, 1);
  assert.equal(two.code, 1);
  assert.equal(two.out, one.out);
  assert.equal(two.err, one.err);
  const ids = two.out.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, lines.filter((l) => !l.includes('broken')).map((l) => JSON.parse(l).id));
  const bad = two.err.trim().split('\n');
  assert.equal(bad.length, 6);
  bad.forEach((m, k) => assert.match(m, new RegExp(`many\\.jsonl:${(k + 1) * (articles.length + 1)}: not valid JSON`)));
});

test('--jsonl-input on several threads answers each line before the next arrives', async () => {
  const child = spawn(BIN, ['analyze', '--jsonl-input', '--format', 'jsonl', '--threads', '2']);
  let out = '';
  const waiters = [];
  child.stdout.on('data', (b) => { out += b; waiters.splice(0).forEach((w) => w()); });
  const answers = () => out.split('\n').filter(Boolean).length;
  const waitFor = (n) => new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no answer to line ${n} within 20 s (got ${answers()})`)), 20000);
    const check = () => { if (answers() >= n) { clearTimeout(timer); res(); } else waiters.push(check); };
    check();
  });
  for (let i = 0; i < 3; i++) {
    child.stdin.write(JSON.stringify({ id: `live-${i}`, text: readFileSync(articles[i], 'utf8') }) + '\n');
    await waitFor(i + 1);  // the stream is still open: the answer must not wait for more lines
  }
  child.stdin.end();
  const code = await new Promise((res) => child.on('close', res));
  assert.equal(code, 0);
  assert.deepEqual(out.trim().split('\n').map((l) => JSON.parse(l).id), ['live-0', 'live-1', 'live-2']);
});
