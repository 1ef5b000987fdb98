// parts.js — an analysis (schema newsprism.analysis/1) as small JSON "parts", in the page.
// The worker cuts its results into parts in C++ (src/app/worker/result_parts.cpp, which
// documents the format); the UI module takes them a few at a time into its view model
// (src/app/view_model.cpp), and this file puts the analysis object back together from them for
// the hook and the exports, in slices, so no single task parses tens of MB.
//
//   NPParts.make(analysis, texts)   -> {bytes, offsets}: the same parts from an object (fixtures)
//   NPParts.count(parts)            number of parts
//   NPParts.bytes(parts, k)         part k's UTF-8 bytes (a view, not a copy)
//   NPParts.join([{parts, from, to}])  parts [from, to) of each, one after the other, as one list
//                                   (no copy: the page's worker pool answers in several buffers)
//   NPParts.assembler(parts)        {step(budgetMs) -> true when done, result}
//   NPParts.streamer()              the same, fed as parts arrive: {feed(parts, from, to),
//                                   pending(), step(budgetMs), result}
var NPParts = (function () {
  'use strict';
  var PART_BYTES = 128 * 1024;

  // The parts of an analysis object, as the worker cuts them: arrays become [] in their
  // object's part and their items follow in parts of about PART_BYTES.
  function make(a, texts) {
    var list = [], top = {}, docs = a.documents || [];
    function slices(doc, field, items) {
      var buf = [], size = 0;
      function flush() {
        list.push('{"part":"items","doc":' + doc + ',"field":' + JSON.stringify(field) + ',"items":[' + buf.join(',') + ']}');
        buf = []; size = 0;
      }
      for (var i = 0; i < items.length; i++) {
        var s = JSON.stringify(items[i]);
        buf.push(s); size += s.length;
        if (size > PART_BYTES) flush();
      }
      if (buf.length) flush();
    }
    function skeleton(o, doc) {
      var out = {};
      Object.keys(o).forEach(function (k) {
        if (Array.isArray(o[k])) out[k] = []; else out[k] = o[k];
      });
      return out;
    }
    var later = [];
    Object.keys(a).forEach(function (k) {
      if (k === 'documents' && Array.isArray(a[k])) top[k] = [];
      else if (Array.isArray(a[k])) { top[k] = []; later.push(k); } else top[k] = a[k];
    });
    list.push(JSON.stringify({ part: 'begin', documents: docs.length, top: top }));
    docs.forEach(function (d, i) {
      list.push(JSON.stringify({ part: 'doc', doc: i, head: skeleton(d, i),
        text: texts && texts[i] != null ? texts[i] : null }));
      Object.keys(d).forEach(function (k) { if (Array.isArray(d[k])) slices(i, k, d[k]); });
    });
    later.forEach(function (k) { slices(-1, k, a[k]); });
    list.push('{"part":"end"}');
    return pack(list);
  }

  function pack(strings) {
    var enc = new TextEncoder(), chunks = strings.map(function (s) { return enc.encode(s); });
    var n = chunks.reduce(function (t, c) { return t + c.length; }, 0);
    var bytes = new Uint8Array(n), offsets = new Uint32Array(2 * chunks.length), at = 0;
    chunks.forEach(function (c, k) { bytes.set(c, at); offsets[2 * k] = at; at += c.length; offsets[2 * k + 1] = at; });
    return { bytes: bytes, offsets: offsets };
  }

  function count(parts) { return parts.segs ? parts.n : parts.offsets.length / 2; }
  function bytes(parts, k) {
    if (!parts.segs) return parts.bytes.subarray(parts.offsets[2 * k], parts.offsets[2 * k + 1]);
    // Parts are read in order: start from the last segment used.
    var segs = parts.segs, i = parts.at < segs.length && segs[parts.at].first <= k ? parts.at : 0;
    while (i + 1 < segs.length && segs[i + 1].first <= k) i++;
    parts.at = i;
    var s = segs[i];
    return bytes(s.parts, s.from + (k - s.first));
  }
  function join(list) {
    var segs = [], n = 0;
    list.forEach(function (s) {
      if (s.to <= s.from) return;
      segs.push({ parts: s.parts, from: s.from, first: n });
      n += s.to - s.from;
    });
    return { segs: segs, n: n, at: 0 };
  }

  // An items part's array into owner[field]: the first one is taken as it is (its key already
  // stands in its place), later ones are appended (why: copying every item of a large result
  // one push at a time was part of the page's work in each hook call).
  function place(owner, field, items) {
    var target = owner[field];
    if (target.length === 0) { owner[field] = items; return; }
    for (var i = 0; i < items.length; i++) target.push(items[i]);
  }

  // Puts the analysis back together: each head in its place, each array's items where its []
  // stands, so the object equals JSON.parse of the whole analysis (same keys, same order).
  function assembler(parts) {
    var dec = new TextDecoder('utf-8'), k = 0, n = count(parts), top = null;
    var self = { result: null, done: false };
    self.step = function (budgetMs) {
      var t0 = performance.now();
      while (k < n) {
        var p = JSON.parse(dec.decode(bytes(parts, k++)));
        if (p.part === 'begin') top = p.top;
        else if (p.part === 'doc') top.documents[p.doc] = p.head;
        else if (p.part === 'text') top.documents[p.doc][p.field] += p.piece;  // a long string's next piece
        else if (p.part === 'items') place(p.doc < 0 ? top : top.documents[p.doc], p.field, p.items);
        if (budgetMs != null && performance.now() - t0 >= budgetMs) break;
      }
      if (k >= n) { self.done = true; self.result = top; }
      return self.done;
    };
    return self;
  }

  // The same object put together from parts fed while the worker pool still runs, so that
  // little is left to parse when the last worker answers (docs/app.md, "Worker pool"). The
  // documents' parts may come before `begin` and in any order of documents (each worker streams
  // its share), each document's own parts in order; then begin, the top-level items and end
  // (the last worker's top), which ends it.
  function streamer() {
    var dec = new TextDecoder('utf-8'), queue = [], qi = 0, docs = [], top = null;
    var self = { result: null, done: false };
    self.feed = function (parts, from, to) { if (to > from) queue.push({ parts: parts, k: from, to: to }); };
    self.pending = function () { return qi < queue.length; };
    self.step = function (budgetMs) {
      var t0 = performance.now();
      while (qi < queue.length) {
        var q = queue[qi];
        if (q.k >= q.to) { queue[qi++] = null; continue; }
        var p = JSON.parse(dec.decode(bytes(q.parts, q.k++)));
        if (p.part === 'begin') top = p.top;
        else if (p.part === 'doc') docs[p.doc] = p.head;
        else if (p.part === 'text') docs[p.doc][p.field] += p.piece;
        else if (p.part === 'items') place(p.doc < 0 ? top : docs[p.doc], p.field, p.items);
        else if (p.part === 'end') {
          top.documents = docs;  // in begin's place among the keys
          self.done = true;
          self.result = top;
        }
        if (budgetMs != null && performance.now() - t0 >= budgetMs) break;
      }
      return self.done;
    };
    return self;
  }

  return { make: make, count: count, bytes: bytes, join: join, assembler: assembler, streamer: streamer };
})();
if (typeof window !== 'undefined') window.NPParts = NPParts;
