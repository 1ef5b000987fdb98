// files.js — turning files (opened, dropped or pasted) into input documents, in the browser:
// nothing is uploaded. Refuses what is not text (images, archives, anything with NUL bytes)
// and what is over the size limit; converts UTF-16 with a byte-order mark and refuses UTF-16
// without one (the byte order is a guess); counts invalid UTF-8 sequences (replaced by U+FFFD)
// so the person is told; reads .json/.jsonl files of {"id","title","text"} objects (a bad
// .jsonl line is reported by its number, the others are read); flags .html/.htm for the HTML
// extractor.
(function () {
  'use strict';
  var LIMIT = 64 * 1024 * 1024;  // bytes, all inputs together (docs/app.md "Limits")

  // Signatures of common binary formats people drop by mistake.
  var MAGIC = [
    [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'], [[0xff, 0xd8, 0xff], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38], 'a GIF image'], [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (or Office file)'],
    [[0x25, 0x50, 0x44, 0x46], 'a PDF'], [[0x1f, 0x8b], 'a gzip archive'], [[0x52, 0x49, 0x46, 0x46], 'a RIFF media file'],
    [[0x7f, 0x45, 0x4c, 0x46], 'a program'], [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
    [[0x42, 0x4d], 'a bitmap image'], [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
  ];

  function startsWith(bytes, sig) {
    if (bytes.length < sig.length) return false;
    for (var i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
    return true;
  }

  // UTF-16 without a byte-order mark: NUL in most even or most odd positions of a sample
  // ("T\0h\0e\0" is little-endian ASCII), and clearly more on one side than the other.
  function utf16WithoutBom(bytes) {
    var n = Math.min(bytes.length, 65536), even = 0, odd = 0, pairs = n >> 1;
    if (pairs < 2) return '';
    for (var i = 0; i < n; i++) if (bytes[i] === 0) { if (i & 1) odd++; else even++; }
    if (odd * 10 >= pairs * 7 && (even === 0 || even * 4 < odd)) return 'little-endian';
    if (even * 10 >= pairs * 7 && (odd === 0 || odd * 4 < even)) return 'big-endian';
    return '';
  }

  // How many invalid UTF-8 sequences TextDecoder replaced with U+FFFD: the U+FFFD in the text
  // minus those the file itself held (EF BF BD). Only counted when the text has any.
  function replacements(bytes, text) {
    var inText = 0;
    for (var i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) inText++;
    if (!inText) return 0;
    var inFile = 0;
    for (var j = 0; j + 2 < bytes.length; j++) if (bytes[j] === 0xef && bytes[j + 1] === 0xbf && bytes[j + 2] === 0xbd) inFile++;
    return Math.max(0, inText - inFile);
  }

  // -> {text, invalid} or {error}
  function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), invalid: 0 };
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), invalid: 0 };
    for (var m = 0; m < MAGIC.length; m++) if (startsWith(bytes, MAGIC[m][0])) return { error: 'not text (' + MAGIC[m][1] + ')' };
    var order = utf16WithoutBom(bytes);
    if (order) {
      return { error: 'looks like UTF-16 text (' + order + ') without a byte-order mark, so its byte order is only a ' +
        'guess: save it as UTF-8 (or UTF-16 with a BOM) and open it again' };
    }
    var head = bytes.subarray(0, 8192);
    for (var i = 0; i < head.length; i++) if (head[i] === 0) return { error: 'not text (binary data)' };
    var off = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    var body = bytes.subarray(off), text = new TextDecoder('utf-8').decode(body);
    return { text: text, invalid: replacements(body, text) };
  }

  function invalidNote(n) {
    return n ? n + ' invalid UTF-8 sequence' + (n === 1 ? ' was' : 's were') + ' replaced by \ufffd (U+FFFD)' : '';
  }

  function docFrom(o, fallbackId, n) {
    if (!o || typeof o !== 'object' || typeof o.text !== 'string') return null;
    var id = o.id == null ? fallbackId + (n > 1 ? '#' + (n) : '') : String(o.id);
    return { id: id, title: typeof o.title === 'string' ? o.title : '', text: o.text, html: false };
  }

  // A .json file: one {text} object, an array of them, or {documents:[...]}.
  function fromJson(text, name) {
    var v;
    try { v = JSON.parse(text); } catch (e) { return { error: 'not valid JSON (' + e.message + ')' }; }
    var list = Array.isArray(v) ? v : v && Array.isArray(v.documents) ? v.documents : [v];
    var docs = [];
    list.forEach(function (o, i) { var d = docFrom(o, name, i + 1); if (d) docs.push(d); });
    if (!docs.length) return { error: 'no {"id","title","text"} objects in it' };
    return { docs: docs };
  }

  // One document per line; a bad line is reported by its number (1-based, as editors count)
  // and the others are read. The first MAX_LINE_NOTES are listed, then a count.
  var MAX_LINE_NOTES = 20;
  function fromJsonl(text, name) {
    var docs = [], bad = [];
    text.split(/\r?\n/).forEach(function (line, i) {
      if (!line.trim()) return;
      var v, d;
      try { v = JSON.parse(line); } catch (e) { bad.push('line ' + (i + 1) + ': not valid JSON (' + e.message + ')'); return; }
      d = docFrom(v, name, i + 1);
      if (d) docs.push(d); else bad.push('line ' + (i + 1) + ': not a {"text": "..."} object');
    });
    if (!docs.length) return { error: 'no {"id","title","text"} lines in it' + (bad.length ? ' (' + bad[0] + ')' : '') };
    var notes = bad.slice(0, MAX_LINE_NOTES);
    if (bad.length > MAX_LINE_NOTES) notes.push('\u2026 and ' + (bad.length - MAX_LINE_NOTES) + ' more bad lines');
    return { docs: docs, warning: bad.length ? bad.length + ' line' + (bad.length === 1 ? '' : 's') + ' skipped, ' +
      docs.length + ' read:\n  ' + notes.join('\n  ') : '' };
  }

  // File -> Promise<{docs, warning} | {error}>
  function readFile(file) {
    var name = file.name || 'file';
    if (file.size > LIMIT) return Promise.resolve({ error: 'too large (' + mb(file.size) + '; the limit is ' + mb(LIMIT) + ')' });
    return file.arrayBuffer().then(function (buf) {
      var r = decode(new Uint8Array(buf));
      if (r.error) return r;
      var lower = name.toLowerCase(), out;
      if (/\.jsonl$|\.ndjson$/.test(lower)) out = fromJsonl(r.text, name);
      else if (/\.json$/.test(lower)) out = fromJson(r.text, name);
      else {
        var html = /\.html?$/.test(lower) || (/^\s*<(!doctype html|html)/i.test(r.text.slice(0, 512)));
        out = { docs: [{ id: name, title: html ? '' : name.replace(/\.(txt|md|text|markdown)$/i, ''), text: r.text, html: html }] };
      }
      if (out.docs && r.invalid) out.warning = [invalidNote(r.invalid), out.warning].filter(Boolean).join('; ');
      return out;
    }, function (e) { return { error: 'could not be read (' + e.message + ')' }; });
  }

  function mb(n) { return (n / (1024 * 1024)).toFixed(1) + ' MB'; }

  // FileList/array -> Promise<{docs:[...], problems:[string] (not opened), notes:[string] (opened, but)}>
  function readFiles(files) {
    files = Array.prototype.slice.call(files || []);
    return Promise.all(files.map(readFile)).then(function (results) {
      var docs = [], problems = [], notes = [];
      results.forEach(function (r, i) {
        var name = files[i].name || 'file';
        if (r.error) problems.push(name + ': ' + r.error);
        else { docs = docs.concat(r.docs); if (r.warning) notes.push(name + ': ' + r.warning); }
      });
      return { docs: docs, problems: problems, notes: notes };
    });
  }

  // UTF-8 size of a JS string without encoding it.
  function utf8Bytes(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1; else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c < 0xdc00) { n += 4; i++; } else n += 3;
    }
    return n;
  }

  window.NPFiles = { LIMIT: LIMIT, readFiles: readFiles, decode: decode, utf8Bytes: utf8Bytes, mb: mb, invalidNote: invalidNote };
})();
