// parts.js — cuts an analysis (schema newsprism.analysis/1) into small JSON strings for the UI
// module, which takes a few per frame (src/app/view_model.cpp reads them). Used by the worker
// (built into newsprism_worker.js with --pre-js) and by the page (fixtures in tests).
//
//   {"part":"begin","schema","version","documents":N}
//   {"part":"doc","doc":i,"head":{scalar fields},"text":analysed text or null}
//   {"part":"items","doc":i,"field":"segments"|"entities"|...,"items":[...]}   (doc -1: cross_document)
//   {"part":"end"}
var NPParts = (function () {
  'use strict';
  var PART_BYTES = 128 * 1024;
  // Splits the analysis into parts: begin, per document a head (scalar fields) and its arrays
  // in slices, cross-document slices, end. Unknown array fields are passed on the same way, so
  // a field added to the schema reaches the UI without changes here.
  function make(a, texts) {
    var parts = [];
    parts.push(JSON.stringify({ part: 'begin', schema: a.schema, version: a.version,
      documents: (a.documents || []).length }));
    function slices(doc, field, items) {
      var buf = [], size = 0;
      function flush() {
        parts.push('{"part":"items","doc":' + doc + ',"field":' + JSON.stringify(field) +
          ',"items":[' + buf.join(',') + ']}');
        buf = []; size = 0;
      }
      for (var i = 0; i < items.length; i++) {
        var s = JSON.stringify(items[i]);
        buf.push(s); size += s.length;
        if (size > PART_BYTES) flush();
      }
      if (buf.length || !items.length) flush();
    }
    (a.documents || []).forEach(function (d, i) {
      var head = {}, arrays = [];
      Object.keys(d).forEach(function (k) {
        if (k === 'clean_text') return;  // the UI rebuilds it from the text and the segments
        if (Array.isArray(d[k])) arrays.push(k); else head[k] = d[k];
      });
      parts.push(JSON.stringify({ part: 'doc', doc: i, head: head,
        text: texts && texts[i] != null ? texts[i] : null }));
      arrays.forEach(function (k) { slices(i, k, d[k]); });
    });
    slices(-1, 'cross_document', a.cross_document || []);
    parts.push('{"part":"end"}');
    return parts;
  }
  return { make: make };
})();
if (typeof window !== 'undefined') window.NPParts = NPParts;
