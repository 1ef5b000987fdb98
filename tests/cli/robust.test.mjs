// robust.test.mjs — `newsprism` on hostile and huge input (issue #7, CLI half): invalid
// UTF-8, UTF-16, binary files, empty input, a 10 MB line, a million paragraphs, mixed
// scripts and control characters, malformed JSONL, a broken taxonomy, pathological HTML, and
// the size limits. Every case checks the exit code (0 ok, 1 bad input, 2 usage), the message
// a person reads on stderr, and what comes out. Runs the native binary from build/native;
// inputs are written under os.tmpdir().
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync, openSync, writeSync, closeSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const BIN = join(ROOT, 'build/native/newsprism');
const TIME = '/usr/bin/time';
const dir = mkdtempSync(join(tmpdir(), 'np-robust-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args, input, opts = {}) {
  const r = spawnSync(BIN, args, { input, maxBuffer: 512 << 20, ...opts });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr.toString('utf8') };
}
const text = (r) => r.out.toString('utf8');
function file(name, content) {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
function json(r) {
  assert.equal(r.code, 0, r.err);
  return JSON.parse(text(r));
}
// True when byte offset i of buf starts a code point (or is the end).
const boundary = (buf, i) => i === buf.length || (i >= 0 && i < buf.length && (buf[i] & 0xc0) !== 0x80);

// Every offset pair the JSON report gives for a document: segments, entity mentions,
// measures, issues' key sentences, quotes, summary sentences (whatever the stages emit).
function offsetPairs(doc) {
  const pairs = [];
  const walk = (v) => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (v && typeof v === 'object') {
      if (Number.isInteger(v.start) && Number.isInteger(v.end)) pairs.push([v.start, v.end]);
      for (const [k, x] of Object.entries(v)) if (k !== 'stats') walk(x);
    }
  };
  for (const k of Object.keys(doc)) if (k !== 'stats') walk(doc[k]);
  return pairs;
}
function checkOffsets(buf, doc) {
  const pairs = offsetPairs(doc);
  for (const [s, e] of pairs) {
    assert.ok(s <= e && e <= buf.length, `offsets [${s},${e}) outside the ${buf.length}-byte input`);
    assert.ok(boundary(buf, s) && boundary(buf, e), `offsets [${s},${e}) split a UTF-8 character`);
  }
  return pairs.length;
}

test('invalid UTF-8: analysed, each bad byte counted and shown as U+FFFD', () => {
  const input = Buffer.concat([
    Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' prices rose 3% in Lyon on Monday, traders said.\n\n'),
    Buffer.from('A truncated sequence '), Buffer.from([0xe2, 0x82]), Buffer.from(' and a stray '),
    Buffer.from([0xff]), Buffer.from(' byte.\n'),
  ]);
  const p = file('bad-utf8.txt', input);
  const j = json(run(['analyze', p]));
  const d = j.documents[0];
  assert.equal(d.stats.invalid_bytes, 4);
  assert.equal((d.clean_text.match(/\uFFFD/g) || []).length, 4);
  assert.match(d.clean_text, /prices rose 3% in Lyon/);
  assert.equal(d.segments.length, 2);
  checkOffsets(input, d);
});

test('UTF-16 with a BOM (LE and BE) is converted; without a BOM it is refused with a clear error', () => {
  const s = 'Le caf\u00e9 \u4e2d\u6587 \u{1F600}: Canada imposed a 25% surtax on steel.';
  const le = file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
  const be = file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]));
  for (const p of [le, be]) {
    const r = run(['analyze', '--format', 'text', p]);
    assert.equal(r.code, 0, r.err);
    assert.equal(text(r).trim(), s);
  }
  const nobom = file('nobom.txt', Buffer.from(s, 'utf16le'));
  const r = run(['analyze', nobom]);
  assert.equal(r.code, 1);
  assert.match(r.err, /nobom\.txt: .*UTF-16.*byte-order mark/);
  assert.equal(text(r), '', 'nothing on stdout for a refused file');
  const stdin = run(['analyze', '-'], Buffer.from(s, 'utf16le'));
  assert.equal(stdin.code, 1);
  assert.match(stdin.err, /<stdin>: .*UTF-16/);
});

test('binary files (PNG, zip, an executable) are refused with "not text", from a file and stdin', () => {
  const png = file('pic.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  const zip = file('doc.zip', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(64, 7)]));
  for (const [p, kind] of [[png, /PNG/], [zip, /ZIP/], [BIN, /executable/]]) {
    const r = run(['analyze', p]);
    assert.equal(r.code, 1, `${p}: ${r.err}`);
    assert.ok(r.err.includes(`${p}: not text`), r.err);
    assert.match(r.err, kind);
    assert.equal(r.signal, null);
  }
  const r = run(['analyze', '-'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  assert.equal(r.code, 1);
  assert.match(r.err, /<stdin>: not text/);
  // The same file among good ones: refused before anything is analysed.
  const good = file('good.txt', 'Ministers met in Geneva on Monday.\n');
  const mixed = run(['analyze', good, png]);
  assert.equal(mixed.code, 1);
  assert.match(mixed.err, /pic\.png: not text/);
});

test('empty and whitespace-only input: an empty report, exit 0, and a warning', () => {
  for (const [input, what] of [['', /empty input/], ['  \n\n\t \r\n', /only whitespace/], ['\uFEFF\n', /only whitespace/]]) {
    const r = run(['analyze', '-'], input);
    const j = json(r);
    assert.match(r.err, what);
    assert.match(r.err, /nothing to analyse/);
    assert.equal(j.documents.length, 1);
    assert.deepEqual(j.documents[0].segments, []);
    assert.equal(j.documents[0].clean_text, '');
    const t = run(['analyze', '--format', 'text', file('empty.txt', input)]);
    assert.equal(t.code, 0, t.err);
    assert.equal(text(t).trim(), '');
  }
});

test('a single 10 MB line completes with sane offsets', () => {
  const words = ['Tariffs', 'on', 'steel', 'rose', 'if', 'China', 'over', 'the', 'port', '25%', 'Geneva', 'said'];
  const parts = [];
  let n = 0;
  for (let i = 0; n < 10.5e6; i++) {
    const w = words[(i * 7 + (i >> 2)) % words.length];
    parts.push(w);
    n += w.length + 1;
  }
  const line = parts.join(' ');
  const buf = Buffer.from(line + '\n');
  const p = file('line.txt', buf);
  const r = run(['analyze', '--format', 'jsonl', p]);
  assert.equal(r.code, 0, r.err);
  const d = JSON.parse(text(r));
  assert.equal(d.segments.length, 1);
  assert.equal(d.segments[0].start, 0);
  assert.equal(d.segments[0].end, line.length);
  assert.ok(d.stats.sentences >= line.length / 4096, `${d.stats.sentences} sentences`);
  assert.ok(checkOffsets(buf, d) > 1);
});

test('1,000,000 one-word paragraphs complete and each comes out once', () => {
  const L = 'abcdefghijklmnopqrstuvwxyz';
  const word = (i) => {
    let s = L[i % 26].toUpperCase();
    for (let k = 0, x = Math.floor(i / 26); k < 4; k++, x = Math.floor(x / 26)) s += L[x % 26];
    return s + '.';
  };
  const words = Array.from({ length: 1_000_000 }, (_, i) => word(i));
  const p = file('paras.txt', words.join('\n\n') + '\n');
  const r = run(['analyze', '--format', 'text', p]);
  assert.equal(r.code, 0, r.err);
  const out = text(r).trim().split('\n\n');
  assert.equal(out.length, 1_000_000);
  assert.equal(out[0], words[0]);
  assert.equal(out[999_999], words[999_999]);
});

test('control characters, right-to-left scripts, emoji and CJK: offsets on character boundaries, text intact', () => {
  const paras = [
    'Angela Merkel met officials in Berlin on Monday.\u0007\u001b[31m The talks\u0000 lasted two hours.',
    '\u0627\u0644\u0631\u0626\u064a\u0633 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u200f\u0642\u0627\u0644 \u0625\u0646 \u0627\u0644\u0631\u0633\u0648\u0645 \u0633\u062a\u0631\u062a\u0641\u0639.',
    '\u05e8\u05d0\u05e9 \u05d4\u05de\u05de\u05e9\u05dc\u05d4 \u05d1\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd \u202bnested RLE\u202c text.',
    'Emoji \u{1F1FA}\u{1F1F8}\u{1F1E8}\u{1F1F3} \u{1F468}\u200d\u{1F469}\u200d\u{1F467} rose 5% in Tokyo \u{1F4C8}.',
    '\u4e2d\u56fd\u5bf9\u7f8e\u56fd\u94a2\u94c1\u5f81\u6536\u5173\u7a0e\u3002\u65e5\u672c\u653f\u5e9c\u8868\u793a\u53cd\u5bf9\u3002',
  ];
  // The same scripts inside ordinary prose, which is kept (short foreign-script lines after
  // an article may be taken for related links; that is the boilerplate stage's call).
  const prose = `Officials in Cairo said ${paras[1]} Israeli papers wrote ${paras[2]} Chinese media ` +
    `reported ${paras[4]} Markets in Tokyo rose 5% \u{1F4C8} on the news, and traders said the ` +
    '\u{1F1FA}\u{1F1F8}\u{1F1E8}\u{1F1F3} talks would resume next week.';
  const all = [...paras, prose];
  const buf = Buffer.from(all.join('\n\n') + '\n');
  const d = json(run(['analyze', file('mixed.txt', buf)])).documents[0];
  assert.ok(d.stats.control_chars >= 3, `control_chars ${d.stats.control_chars}`);
  assert.equal(d.stats.invalid_bytes, 0);
  assert.equal(d.segments.length, all.length);
  // Each paragraph's offsets give back exactly its original bytes.
  d.segments.forEach((s, i) => assert.equal(buf.subarray(s.start, s.end).toString('utf8'), all[i]));
  assert.equal(d.segments[0].status, 'kept');
  assert.equal(d.segments[all.length - 1].status, 'kept');
  assert.ok(checkOffsets(buf, d) >= all.length);
  // Scripts come through unchanged (bidi marks aside); control characters do not reach the
  // clean text.
  const plain = (x) => x.replace(/[\u200f\u202b\u202c]/g, '');
  for (const frag of [paras[1], paras[2], paras[4], '\u{1F1FA}\u{1F1F8}\u{1F1E8}\u{1F1F3}', 'The talks'])
    assert.ok(plain(d.clean_text).includes(plain(frag)), `missing in clean_text: ${frag}`);
  assert.doesNotMatch(d.clean_text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  // An entity's text is the original bytes at its offsets.
  const merkel = d.entities.find((e) => /Merkel/.test(e.name));
  assert.ok(merkel, 'Angela Merkel found');
  assert.ok(merkel.mentions.length >= 1);
  for (const m of merkel.mentions)
    assert.match(buf.subarray(m.start, m.end).toString('utf8'), /Merkel/);
});

test('malformed JSONL lines: each reported by line number, the others processed, exit 1', () => {
  const lines = [
    JSON.stringify({ id: 'ok1', text: 'Oil prices rose 3% on Monday.' }),
    'this is not JSON',
    '[1, 2, 3]',
    JSON.stringify({ id: 'no-text', title: 'T' }),
    JSON.stringify({ id: 'num-text', text: 42 }),
    '{"id": "cut", "text": "The talks ended with',
    '',
    JSON.stringify({ id: 'bad-id', text: 'x', id2: 1 }).replace('"bad-id"', '[1]'),
    JSON.stringify({ id: 'ok2', text: 'The talks ended without a deal.' }),
    '   ',
    JSON.stringify({ id: 7, title: null, text: 'A numeric id is kept as text.' }),
  ];
  const r = run(['analyze', '--jsonl-input', '--format', 'jsonl', '-'], lines.join('\r\n') + '\n');
  assert.equal(r.code, 1);
  const reported = [...r.err.matchAll(/<stdin>:(\d+): (.*)/g)].map((m) => [Number(m[1]), m[2]]);
  assert.deepEqual(reported.map((x) => x[0]), [2, 3, 4, 5, 6, 8]);
  const why = Object.fromEntries(reported);
  assert.match(why[2], /not valid JSON/);
  assert.match(why[3], /not a JSON object/);
  assert.match(why[4], /missing "text"/);
  assert.match(why[5], /"text" must be a string/);
  assert.match(why[6], /not valid JSON/);
  assert.match(why[8], /"id" must be a string or a number/);
  const out = text(r).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((d) => d.id), ['ok1', 'ok2', '7']);
  assert.match(out[1].clean_text, /without a deal/);
});

test('a taxonomy file with errors is refused with the file name and the JSON path', () => {
  const cases = [
    [{ issues: [{ id: 'a', label: 'A', patterns: ['x'] }, { id: 'b', label: 'B', patterns: ['y'] },
      { id: 'c', label: 'C', patterns: ['z'] }, { id: 'd', label: 'D', patterns: [7] }] },
    '/issues/3/patterns/0: expected a string'],
    [{ issues: [{ label: 'A', patterns: ['x'] }] }, '/issues/0: missing "id"'],
    [{ issues: [{ id: 'a', label: 'A', patterns: ['x'], parent: 'zz' }] }, '/issues/0/parent: unknown issue id "zz"'],
    [{ topics: [] }, '/: missing "issues"'],
    ['{"issues": [', '/: not valid JSON'],
  ];
  for (const [content, path] of cases) {
    const p = file('tax.json', typeof content === 'string' ? content : JSON.stringify(content));
    const r = run(['analyze', '--taxonomy', p, '-'], 'Steel tariffs rose.\n');
    assert.equal(r.code, 1, r.err);
    assert.ok(r.err.includes(`${p}: ${path}`), `wanted "${p}: ${path}" in: ${r.err}`);
    assert.equal(text(r), '');
  }
  const ok = file('tax-ok.json', JSON.stringify({ issues: [{ id: 'whaling', label: 'Whaling', patterns: ['whale'] }] }));
  const j = json(run(['analyze', '--taxonomy', ok, '-'], 'Whales were counted off the coast on Monday.\n'));
  assert.deepEqual(j.documents[0].issues.map((i) => i.id), ['whaling']);
  const missing = run(['analyze', '--taxonomy', join(dir, 'no-such.json'), '-'], 'x\n');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no-such\.json/);
});

test('deeply nested (100k <div>) and unclosed HTML: extracted without deep recursion, by analyze and extract', () => {
  const body = 'The regional council approved the new harbour budget on Tuesday after a long debate.';
  const nested = `<html><head><title>Budget vote</title></head><body>${'<div>'.repeat(100_000)}<p>${body}</p>` +
    `${'</div>'.repeat(100_000)}</body></html>`;
  const unclosed = `<html><head><title>Budget vote</title><body><div><p>${body}<p>Members said the works would start in May ` +
    'and last two years.<div><span><b><i>' + '<p>More text'.repeat(2000) + '<script>var a = "</p>';
  for (const [name, html] of [['nested.html', nested], ['unclosed.html', unclosed]]) {
    const p = file(name, html);
    const a = run(['analyze', '--format', 'text', p]);
    assert.equal(a.code, 0, `${name}: ${a.err}`);
    assert.ok(text(a).includes(body), `${name}: article text missing`);
    assert.doesNotMatch(text(a), /<div>|<p>|<script>/);
    const e = run(['extract', '--format', 'json', p]);
    assert.equal(e.code, 0, `${name}: ${e.err}`);
    const j = JSON.parse(text(e));
    assert.ok(j.text.includes(body));
    assert.match(j.title, /Budget vote/);
  }
  // From stdin, detected as HTML.
  const s = run(['analyze', '--format', 'text', '-'], nested);
  assert.equal(s.code, 0, s.err);
  assert.ok(text(s).includes(body));
});

test('limits: more than 32 MiB in one run is refused before analysis, with the way out', () => {
  const p = join(dir, 'big.txt');
  const fd = openSync(p, 'w');
  const chunk = Buffer.from('Word after word in a very long file without much sense at all.\n'.repeat(16384));
  for (let n = 0; n < 40e6; n += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  const r = run(['analyze', p]);
  assert.equal(r.code, 1);
  assert.match(r.err, /big\.txt: 4\d\.\d MB is over the limit of 32 MiB/);
  assert.match(r.err, /--jsonl-input/);
  assert.equal(text(r), '');
  const s = spawnSync(BIN, ['analyze', '-'], { stdio: [openSync(p, 'r'), 'pipe', 'pipe'] });
  assert.equal(s.status, 1);
  assert.match(s.stderr.toString(), /<stdin>: input is over the limit of 32 MiB/);
  // Two files that are each small enough but together too big: refused as well.
  const half = file('half.txt', Buffer.concat(Array.from({ length: 20 }, () => chunk)));  // 21 MB
  const two = run(['analyze', half, half]);
  assert.equal(two.code, 1);
  assert.match(two.err, /over the limit of 32 MiB/);
});

test('limits: --jsonl-input skips a line over 32 MiB (named by number) and streams the rest', () => {
  const p = join(dir, 'long-line.jsonl');
  const fd = openSync(p, 'w');
  writeSync(fd, JSON.stringify({ id: 'before', text: 'Ministers met in Geneva.' }) + '\n');
  writeSync(fd, '{"id": "huge", "text": "');
  const chunk = Buffer.alloc(1 << 20, 'a');
  for (let i = 0; i < 34; i++) writeSync(fd, chunk);
  writeSync(fd, '"}\n' + JSON.stringify({ id: 'after', text: 'The talks ended.' }) + '\n');
  closeSync(fd);
  const r = run(['analyze', '--jsonl-input', '--format', 'jsonl', p]);
  assert.equal(r.code, 1);
  assert.match(r.err, /long-line\.jsonl:2: line over the limit of 32 MiB/);
  assert.deepEqual(text(r).trim().split('\n').map((l) => JSON.parse(l).id), ['before', 'after']);
});

test('limits: --jsonl-input memory does not grow with the input (peak RSS at 3 MB and 12 MB)', (t) => {
  if (!existsSync(TIME)) { t.skip(`${TIME} absent: cannot measure peak memory`); return; }
  const article = (i) => `Report ${i}: exports of rice from Vietnam rose ${i % 90} percent in March, officials in Hanoi ` +
    'said on Monday. Traders expect prices to stay high until the next harvest.\n\nThe ministry said ' +
    `shipments to the Philippines and Indonesia made up most of the increase (batch ${i}).`;
  const peak = (mb) => {
    const p = join(dir, `stream-${mb}.jsonl`);
    const fd = openSync(p, 'w');
    let n = 0;
    for (let i = 0; n < mb * 1e6; i++) {
      const l = JSON.stringify({ id: i, text: article(i) }) + '\n';
      writeSync(fd, l);
      n += l.length;
    }
    closeSync(fd);
    const r = spawnSync(TIME, ['-f', 'PEAK_KB %M', BIN, 'analyze', '--jsonl-input', '--format', 'jsonl', p],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    assert.equal(r.status, 0, r.stderr.toString());
    return Number(/PEAK_KB (\d+)/.exec(r.stderr.toString())[1]);
  };
  const small = peak(3);
  const large = peak(12);
  t.diagnostic(`peak RSS: 3 MB input ${small} KB, 12 MB input ${large} KB`);
  // Whole-file analysis of 12 MB would need hundreds of MB; streaming stays where it started.
  assert.ok(large < small * 1.25 + 4096, `peak grew from ${small} KB to ${large} KB`);
});

// A folder given where a file is expected: fopen opens it and the first read fails (EISDIR),
// which the message used to call a "read error".
test('a folder given as a file is named as a folder, by analyze, --taxonomy and extract (exit 1)', () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder, { recursive: true });
  for (const args of [['analyze', folder], ['analyze', '--taxonomy', folder, file('one.txt', 'Exports rose 3% in May.\n')], ['extract', folder]]) {
    const r = run(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.err, new RegExp(`${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is a folder, not a file`), r.err);
    assert.doesNotMatch(r.err, /read error/);
  }
});

// The assets folder: a wrong one is named with where its name came from (the option or the
// variable); a damaged model refuses the run in one line; a missing model is a warning (its
// stage is left out, and the output would otherwise look like an article without names).
test('assets: a missing folder says who named it, a damaged model refuses, a missing model warns', () => {
  const sample = join(ROOT, 'assets/sample.txt');
  const gone = join(dir, 'no-such-assets');
  let r = run(['analyze', '--assets', gone, sample]);
  assert.equal(r.code, 1);
  assert.equal(r.err, `newsprism analyze: ${gone}: assets folder not found (given with --assets)\n`);
  r = run(['analyze', sample], undefined, { env: { ...process.env, NEWSPRISM_ASSETS: gone } });
  assert.equal(r.code, 1);
  assert.equal(r.err, `newsprism analyze: ${gone}: assets folder not found (named by NEWSPRISM_ASSETS)\n`);

  const cut = join(dir, 'assets-cut');
  cpSync(join(ROOT, 'assets'), cut, { recursive: true });
  writeFileSync(join(cut, 'ner.model'), readFileSync(join(ROOT, 'assets/ner.model')).subarray(0, 1000));
  r = run(['analyze', '--assets', cut, sample]);
  assert.equal(r.code, 1);
  assert.equal(text(r), '');
  assert.match(r.err, /^newsprism analyze: ner\.model: .*truncated or corrupt\)\n$/, r.err);  // one line, no empty one after it

  const lacking = join(dir, 'assets-lacking');
  cpSync(join(ROOT, 'assets'), lacking, { recursive: true });
  rmSync(join(lacking, 'ner.model'));
  r = run(['analyze', '--assets', lacking, sample]);
  assert.equal(r.code, 0);
  assert.equal(r.err, 'newsprism analyze: warning: ner.model: missing, entity tagger disabled (only dates, money and percentages)\n');
  const d = json(r).documents[0];
  assert.ok(d.entities.length > 0 && d.entities.every((e) => ['DATE', 'MONEY', 'PERCENT'].includes(e.type)), 'only the rule-based kinds');
  r = run(['analyze', '--format', 'text', '--assets', lacking, sample]);
  assert.equal(r.code, 0);
  assert.equal(r.err, '', 'the text format runs no model, so nothing is missing for it');
});

// Output that cannot be written (here /dev/full: every write fails with ENOSPC, as on a full
// disk) used to end with exit 0 and nothing said: the C library kept the error to itself.
test('output that cannot be written (a full disk) is an error: exit 1 and a message, for every format and command', (t) => {
  if (!existsSync('/dev/full')) { t.skip('no /dev/full on this system'); return; }
  const sample = join(ROOT, 'assets/sample.txt');
  const page = file('page.html', '<html><body><article><h1>Title</h1><p>' + 'Exports rose 3% in May, officials in Ottawa said. '.repeat(40) + '</p></article></body></html>');
  const cases = [['analyze', sample], ['analyze', '--format', 'jsonl', sample], ['analyze', '--format', 'md', sample],
    ['analyze', '--format', 'text', sample], ['extract', page], ['version']];
  for (const args of cases) {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = run(args, undefined, { stdio: ['pipe', fd, 'pipe'] });
      assert.equal(r.code, 1, args.join(' ') + ': ' + r.err);
      assert.match(r.err, /newsprism: the output could not be written: (No space left on device|write error)/, args.join(' '));
    } finally { closeSync(fd); }
  }
  // --jsonl-input too (its loop also stops at the first failed write, cmd_analyze.cpp).
  const fd = openSync('/dev/full', 'w');
  try {
    const line = JSON.stringify({ text: 'Exports rose 3% in May, officials in Ottawa said. '.repeat(200) }) + '\n';
    const r = run(['analyze', '--jsonl-input', '--threads', '1'], line.repeat(2000), { stdio: ['pipe', fd, 'pipe'] });
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /the output could not be written/);
  } finally { closeSync(fd); }
});
