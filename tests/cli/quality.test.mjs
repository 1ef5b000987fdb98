// quality.test.mjs — the acceptance figures measured on data nobody here wrote, in the same
// run as the browser peers: entity recognition on CoNLL-2003 dev (model trained only on GMB)
// against compromise, and main-content extraction on the article-extraction benchmark
// against Readability.js. Skips when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'build/native/newsprism');
const SHARED = process.env.NEWSPRISM_SHARED || resolve(ROOT, '../shared');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout.toString(), err: r.stderr.toString() };
}

test('entities: CoNLL-2003 dev F1 >= 0.80 (PER >= 0.85), at least 0.20 above compromise', (t) => {
  const dev = join(SHARED, 'data/conll2003/dev.txt');
  if (!existsSync(dev)) { t.skip('../shared absent'); return; }
  const dump = join(mkdtempSync(join(tmpdir(), 'np-ner-')), 'docs.jsonl');
  const ours = run(BIN, ['eval-ner', '--json', dev, '--dump', dump]);
  assert.equal(ours.code, 0, ours.err);
  const o = JSON.parse(ours.out);
  const peer = run('node', ['tools/eval-ner-compromise.mjs', dump, '--json']);
  assert.equal(peer.code, 0, peer.err);
  const c = JSON.parse(peer.out);
  console.log(`# CoNLL dev F1: newsprism ${o.overall.f1.toFixed(3)} (PER ${o.PER.f1.toFixed(3)}, ORG ${o.ORG.f1.toFixed(3)}, LOC ${o.LOC.f1.toFixed(3)}); compromise ${c.overall.f1.toFixed(3)}`);
  assert.ok(o.overall.f1 >= 0.80, `overall F1 ${o.overall.f1}`);
  assert.ok(o.PER.f1 >= 0.85, `PER F1 ${o.PER.f1}`);
  assert.ok(o.overall.f1 - c.overall.f1 >= 0.20, `margin over compromise ${o.overall.f1 - c.overall.f1}`);
});

test('extraction: mean F1 >= 0.95 on the benchmark pages and above Readability in the same run', (t) => {
  if (!existsSync(join(SHARED, 'data/article-extraction/ground-truth.json'))) { t.skip('../shared absent'); return; }
  const r = run('node', ['tools/eval-extraction.mjs']);
  console.log(r.out.split('\n').filter((l) => l.startsWith('|') || l.startsWith('PASS') || l.startsWith('FAIL')).map((l) => '# ' + l).join('\n'));
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /PASS: F1 [0-9.]+ > Readability/);
});
