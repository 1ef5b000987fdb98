#!/usr/bin/env node
// node.mjs — compromise and wink-nlp under Node on one corpus file (bench/peers/peers.mjs).
//   node bench/peers/node.mjs FILE [--repeat N]
// Prints one JSON object.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlpCompromise from 'compromise';
import { benchPeers } from './peers.mjs';
import { splitPastes } from '../wasm/driver.mjs';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');

const argv = process.argv.slice(2);
const file = argv[0];
let repeat = 3;
for (let i = 1; i < argv.length; i++) if (argv[i] === '--repeat') repeat = Number(argv[++i]);
const text = readFileSync(file, 'utf8');
const pastes = splitPastes(text);
const bytes = pastes.reduce((n, p) => n + Buffer.byteLength(p), 0);
const r = benchPeers({ nlpCompromise, winkNLP, winkModel }, pastes, bytes, repeat);
console.log(JSON.stringify({ mode: 'peers-node', file, bytes, documents: pastes.length, repeat, ...r }));
