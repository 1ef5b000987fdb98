// worker_pre.js — the message loop of the analysis worker (prepended to newsprism_worker.js
// with --pre-js; the page starts it with `new Worker('newsprism_worker.js')`).
//
// page -> worker   {type:'analyze', id, documents:[{id,title,bytes (UTF-8) or text,html}], keepAll}
// worker -> page   {type:'ready', info}          models loaded (info: np_worker_init's JSON)
//                  {type:'progress', value}      from the core's progress callback
//                  {type:'result', id, json, texts, parts, ms}
//                  {type:'error', id, message}
//
// `json` is the analysis (schema newsprism.analysis/1) as one compact string: strings cross
// to the page far cheaper than object graphs, and the page parses it only when asked.
// `parts` is the same analysis cut into small JSON strings (web/parts.js), so the UI can take
// it in a few per frame and never stall on one big parse (docs/app.md).
// Names carry an np prefix: this file shares one scope with Emscripten's runtime (which has
// its own run(), ready-state and so on).
var npPending = [];
var npReady = false;
var npCurrentId = null;

Module['print'] = function (t) { console.log('[worker] ' + t); };
Module['printErr'] = function (t) { console.warn('[worker] ' + t); };
Module['onAbort'] = function (what) {
  postMessage({ type: 'error', id: npCurrentId, fatal: true,
    message: /memory|OOM|alloc/i.test(String(what)) ? 'out of memory' : 'the analysis stopped: ' + what });
};
Module['onRuntimeInitialized'] = function () {
  var info = JSON.parse(UTF8ToString(Module['_np_worker_init']()));
  npReady = true;
  postMessage({ type: 'ready', info: info });
  var queued = npPending;
  npPending = [];
  queued.forEach(npAnalyze);
};

self.onmessage = function (e) {
  if (!e.data || e.data.type !== 'analyze') return;
  if (npReady) npAnalyze(e.data); else npPending.push(e.data);
};

function npString(s) {
  var n = lengthBytesUTF8(s || '') + 1, p = Module['_malloc'](n);
  stringToUTF8(s || '', p, n);
  return p;
}

function npAnalyze(msg) {
  npCurrentId = msg.id;
  var t0 = performance.now();
  // Texts come as UTF-8 bytes: straight onto the heap, one document at a time.
  var ok = msg.documents.every(function (d) {
    var bytes = d.bytes || new TextEncoder().encode(d.text || '');
    var p = Module['_malloc'](bytes.length + 1);
    if (!p) return false;
    HEAPU8.set(bytes, p);
    HEAPU8[p + bytes.length] = 0;
    var id = npString(d.id), title = npString(d.title);
    Module['_np_worker_add_document'](id, title, p, bytes.length, d.html ? 1 : 0);
    Module['_free'](id); Module['_free'](title); Module['_free'](p);
    return true;
  });
  if (!ok) { postMessage({ type: 'error', id: msg.id, message: 'out of memory' }); npCurrentId = null; return; }
  var json = UTF8ToString(Module['_np_worker_run'](msg.keepAll ? 1 : 0));
  var ms = performance.now() - t0;
  var texts = JSON.parse(UTF8ToString(Module['_np_worker_texts']()));
  var parts = NPParts.make(JSON.parse(json), texts);
  postMessage({ type: 'result', id: msg.id, json: json, texts: texts, parts: parts, ms: ms });
  npCurrentId = null;
}
