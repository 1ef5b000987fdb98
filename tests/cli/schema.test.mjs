// schema.test.mjs — every JSON the `newsprism analyze` command writes validates against
// docs/analysis.schema.json (JSON Schema 2020-12, checked by Ajv), and the offsets it holds point
// into the input: the schema is the contract the app, exports and other tools read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'build/native/newsprism');
const SHARED = process.env.NEWSPRISM_SHARED || resolve(ROOT, '../shared');
const dir = mkdtempSync(join(tmpdir(), 'np-schema-'));

const schema = JSON.parse(readFileSync(join(ROOT, 'docs/analysis.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function analyze(args, input) {
  const r = spawnSync(BIN, ['analyze', ...args], { input, maxBuffer: 512 << 20 });
  assert.equal(r.status, 0, r.stderr.toString());
  return r.stdout.toString('utf8');
}

// Validates one analysis and checks what a schema cannot say: spans lie inside the document,
// ids and indexes point at things that exist, quotes' text is the input's text.
function check(json, inputs) {
  const a = JSON.parse(json);
  const ok = validate(a);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  assert.equal(a.documents.length, inputs.length);
  a.documents.forEach((d, i) => {
    const bytes = Buffer.isBuffer(inputs[i]) ? inputs[i] : Buffer.from(inputs[i], 'utf8');
    assert.equal(d.bytes, bytes.length);
    const inside = (s) => {
      assert.ok(s.start <= s.end && s.end <= d.bytes, `span ${s.start}-${s.end} of ${d.bytes}`);
    };
    d.segments.forEach(inside);
    const ids = new Set(d.entities.map((e) => e.id));
    for (const e of d.entities) {
      assert.ok(e.affiliation === null || ids.has(e.affiliation));
      for (const m of e.mentions) {
        inside(m);
        assert.equal(bytes.subarray(m.start, m.end).toString('utf8'), m.text);
      }
    }
    for (const m of d.measures) {
      m.evidence.forEach(inside);
      m.history.forEach((h) => inside(h.sentence));
      for (const k of ['imposer', 'target']) assert.ok(m[k] === null || ids.has(m[k]), `${k} ${m[k]}`);
    }
    for (const is of d.issues) {
      is.key_sentences.forEach(inside);
      for (const q of is.quotes) assert.ok(q < d.quotes.length);
      for (const ac of is.actors) assert.ok(ac.entity === null || ids.has(ac.entity));
    }
    for (const q of d.quotes) {
      inside(q); inside(q.sentence);
      assert.ok(q.speaker === null || ids.has(q.speaker));
    }
    d.summary.forEach(inside);
  });
  return a;
}

test('the sample article: every stage fills its part, and all of it follows the schema', () => {
  const text = readFileSync(join(ROOT, 'assets/sample.txt'), 'utf8');
  const a = check(analyze([join(ROOT, 'assets/sample.txt')]), [text]);
  const d = a.documents[0];
  // the sample shows every feature, so an empty array here would mean the schema went unchecked
  for (const k of ['entities', 'measures', 'issues', 'quotes', 'summary']) assert.ok(d[k].length > 0, k);
});

test('several documents, --keep-all and odd input follow the schema too', () => {
  const docs = ['', '   \n\t\n', 'Plain words without anything to find.',
    Buffer.concat([Buffer.from('A bad byte '), Buffer.from([0xff, 0xc3]),
      Buffer.from(' here; \u202eRTL\u202c, 表 and 🙂.\n\nThe EU imposed a 10% duty on Chinese bikes, Mr. Ole Hansen said.')]),
    'Ottawa imposed duties of between 15% and 41% on imported steel.\n'];
  const paths = docs.map((t, i) => { const p = join(dir, `d${i}.txt`); writeFileSync(p, t); return p; });
  const a = check(analyze(paths), docs);
  check(analyze(['--keep-all', ...paths]), docs);
  // a range of rates carries its high end as rate.max (the schema's one optional key)
  assert.deepEqual(a.documents[4].measures[0].rate, { value: 15, unit: 'percent', max: 41 });
});

test('Reuters newswire (200 articles) follows the schema', (t) => {
  const src = join(SHARED, 'data/news/reuters21578-articles.jsonl');
  if (!existsSync(src)) { t.skip('skipped: ../shared absent'); return; }
  const bodies = readFileSync(src, 'utf8').split('\n').filter(Boolean).slice(0, 200)
    .map((l) => JSON.parse(l)).filter((r) => r.body).map((r) => `${r.title || ''}\n\n${r.body}`);
  const paths = bodies.map((b, i) => { const p = join(dir, `r${i}.txt`); writeFileSync(p, b); return p; });
  const a = check(analyze(paths), bodies);
  assert.ok(a.documents.some((d) => d.measures.length > 0), 'some Reuters story has a trade measure');
});

test('the seed article follows the schema', (t) => {
  const seed = join(SHARED, 'seeds/000_1c73318acc626785.txt');
  if (!existsSync(seed)) { t.skip('skipped: ../shared absent'); return; }
  check(analyze([seed]), [readFileSync(seed, 'utf8')]);
});
