#!/usr/bin/env node
// measures-check.mjs — reads the trade measures NewsPrism finds in real newswire it was not
// written from, and counts fields that are plainly wrong by their form (README, "Trade measures").
// There is no annotated set of trade measures here; these counts catch a rule that reads too far
// (goods "U.S. Chips and", "Japan for violating the U.S") or reads a number as goods ("only 872,000
// tonnes"). They are no precision or recall.
//
//   node tools/measures-check.mjs [--bin build/native/newsprism] [--show N]
//
// Corpus: the Reuters-21578 stories in ../shared/data/news/ whose body is over 600 characters and
// names tariffs, duties, sanctions, quotas, embargoes, export controls or trade deals/pacts at
// least twice (215 stories). Each goes to `newsprism analyze --jsonl-input` as
// {id, title, text: title + blank line + body}. --bin runs another build (e.g. an older commit's)
// on the same stories; --show N prints up to N flagged records with their sentence.
// Exit 0 (the counts are for reading); skips with a message when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const SHARED = process.env.NEWSPRISM_SHARED || resolve(ROOT, '../shared');
const NEWS = join(SHARED, 'data/news/reuters21578-articles.jsonl');

const args = process.argv.slice(2);
let bin = join(ROOT, 'build/native/newsprism');
let show = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--bin') bin = resolve(args[++i]);
  else if (args[i] === '--show') show = Number(args[++i]) || 0;
  else { console.error(`measures-check.mjs: unknown argument '${args[i]}' (--bin FILE, --show N)`); process.exit(2); }
}
if (!existsSync(NEWS)) { console.log(`measures-check.mjs: skipped: ${NEWS} absent`); process.exit(0); }
if (!existsSync(bin)) { console.error(`measures-check.mjs: ${bin} missing (ninja -C build/native)`); process.exit(2); }

const TRADE = /\b(tariffs?|duties|sanctions?|quotas?|embargo|export controls?|trade pact|trade deal)\b/gi;
const stories = [];
for (const line of readFileSync(NEWS, 'utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line);
  const body = d.body || '';
  if (body.length <= 600 || (body.match(TRADE) || []).length < 2) continue;
  stories.push({ id: String(d.id), title: d.title || '', text: (d.title || '') + '\n\n' + body });
}

const r = spawnSync(bin, ['analyze', '--jsonl-input', '--format', 'jsonl', '-'], {
  input: stories.map((s) => JSON.stringify(s)).join('\n') + '\n', maxBuffer: 1 << 30,
});
if (r.status !== 0) { console.error(`measures-check.mjs: ${bin} exited ${r.status}: ${r.stderr}`); process.exit(1); }
const texts = new Map(stories.map((s) => [s.id, Buffer.from(s.text)]));

const FUNCTION_END = new Set(['and', 'or', 'of', 'for', 'by', 'to', 'from', 'the', 'a', 'at', 'in', 'on', 'with']);
const PREP_START = new Set(['of', 'for', 'by', 'to', 'from', 'at', 'in', 'on', 'with', 'as']);
const AMOUNT_ONLY = /^(only |about |an average |some )?[\d.,]+ (mln |million |billion )?(tonnes|tons|barrels|bpd|bales|dlrs)$/;
const REASON_OR_PLACE = /\bfor (its|their|alleged|violat|failing|dumping)|\bat (a|the) /;
const checks = [
  ['goods ending in a function word', (g) => FUNCTION_END.has(g.split(/\s+/).pop().toLowerCase())],
  ['goods starting with a preposition', (g) => PREP_START.has(g.split(/\s+/)[0].toLowerCase())],
  ['goods that are only an amount', (g) => AMOUNT_ONLY.test(g)],
  ['goods holding a reason or a place', (g) => REASON_OR_PLACE.test(g)],
];
const count = { measures: 0, goods: 0, reasons: 0, quotaLevels: 0 };
const flagged = checks.map(() => []);
for (const line of r.stdout.toString('utf8').split('\n')) {
  if (!line) continue;
  const d = JSON.parse(line);
  for (const m of d.measures) {
    count.measures++;
    if (m.reason) count.reasons++;
    if (m.kind === 'quota' && m.rate) count.quotaLevels++;
    if (!m.goods) continue;
    count.goods++;
    checks.forEach(([, test], k) => { if (test(m.goods)) flagged[k].push({ id: d.id, m }); });
  }
}

console.log(`${bin}: ${stories.length} stories, ${count.measures} measures, ${count.goods} with goods, ` +
  `${count.reasons} with a reason, ${count.quotaLevels} quotas with a level`);
checks.forEach(([name], k) => console.log(`  ${name}: ${flagged[k].length}`));
let shown = 0;
for (let k = 0; k < checks.length && shown < show; k++)
  for (const { id, m } of flagged[k]) {
    if (shown++ >= show) break;
    const s = m.history[0].sentence;
    const sentence = texts.get(id).subarray(s.start, s.end).toString('utf8').replace(/\s+/g, ' ');
    console.log(`\n[${checks[k][0]}] story ${id}, ${m.kind}: goods "${m.goods}"\n  ${sentence}`);
  }
