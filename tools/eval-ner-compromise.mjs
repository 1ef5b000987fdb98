#!/usr/bin/env node
// eval-ner-compromise.mjs — scores the compromise NLP library on the same rebuilt documents
// and with the same scorer as `newsprism eval-ner`, so the two tables compare directly.
//
//   ./build/native/newsprism eval-ner FILE --dump /tmp/docs.jsonl   # rebuild + gold spans
//   node tools/eval-ner-compromise.mjs /tmp/docs.jsonl [--json]
//
// Mapping: people() -> PER, organizations() -> ORG, places() -> LOC. Gold spans are those
// written by eval-ner (PER/ORG/LOC; MISC and nationalities already left out). A prediction
// counts when its start and end byte offsets equal a gold span's (exact match).
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const asJson = args.includes('--json');
if (!file) {
  console.error('usage: node tools/eval-ner-compromise.mjs DOCS.jsonl [--json]');
  process.exit(2);
}

// compromise reports offsets in UTF-16 code units; eval-ner's are UTF-8 bytes.
function utf16ToByte(text) {
  const map = new Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { b += 4; map[i + 1] = b; i++; continue; }
    else b += 3;
  }
  map[text.length] = b;
  return map;
}

// Trailing punctuation and possessives are outside entity spans (as in eval-ner's gold).
function trimSpan(text, start, end) {
  let s = text.slice(start, end);
  const m = s.match(/^(.*?)(?:['’]s|['’])?[\s,.;:!?)"']*$/s);
  const kept = m ? m[1] : s;
  let lead = 0;
  while (lead < kept.length && /[\s("'-]/.test(kept[lead])) lead++;
  return [start + lead, start + kept.length];
}

const counts = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0], ALL: [0, 0, 0] }; // correct, pred, gold
let docs = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  docs++;
  const gold = new Set(d.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const g of d.gold) { counts[g.type][2]++; counts.ALL[2]++; }
  const doc = nlp(d.text);
  const toByte = utf16ToByte(d.text);
  const pred = new Set();
  for (const [type, view] of [['PER', doc.people()], ['ORG', doc.organizations()], ['LOC', doc.places()]]) {
    for (const o of view.json({ offset: true })) {
      const off = o.offset;
      if (!off) continue;
      const [s, e] = trimSpan(d.text, off.start, off.start + off.length);
      if (e <= s) continue;
      pred.add(`${toByte[s]}:${toByte[e]}:${type}`);
    }
  }
  for (const p of pred) {
    const type = p.split(':')[2];
    counts[type][1]++; counts.ALL[1]++;
    if (gold.has(p)) { counts[type][0]++; counts.ALL[0]++; }
  }
}

const prf = ([c, p, g]) => {
  const P = p ? c / p : 0, R = g ? c / g : 0;
  return [P, R, P + R > 0 ? (2 * P * R) / (P + R) : 0];
};
if (asJson) {
  const out = { file, documents: docs, system: `compromise ${nlp.version}` };
  for (const t of ['PER', 'ORG', 'LOC', 'ALL']) {
    const [P, R, F] = prf(counts[t]);
    out[t === 'ALL' ? 'overall' : t] = { precision: P, recall: R, f1: F, gold: counts[t][2], predicted: counts[t][1], correct: counts[t][0] };
  }
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(`compromise ${nlp.version}`);
  console.log('type     precision    recall        f1    gold    pred correct');
  for (const t of ['PER', 'ORG', 'LOC', 'ALL']) {
    const [P, R, F] = prf(counts[t]);
    const name = (t === 'ALL' ? 'overall' : t).padEnd(8);
    console.log(`${name} ${P.toFixed(4).padStart(9)} ${R.toFixed(4).padStart(9)} ${F.toFixed(4).padStart(9)} ${String(counts[t][2]).padStart(7)} ${String(counts[t][1]).padStart(7)} ${String(counts[t][0]).padStart(7)}`);
  }
}
