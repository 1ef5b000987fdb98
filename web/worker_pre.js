// worker_pre.js — the message loop of the analysis worker (prepended to newsprism_worker.js
// with --pre-js; the page starts it with `new Worker('newsprism_worker.js')`).
//
// page -> worker   {type:'analyze', id, documents:[{id,title,bytes (UTF-8) or text,html}], keepAll}
//                  {type:'taxonomy', id, text}   a user's issue taxonomy (text null: the built-in one)
// worker -> page   {type:'ready', info}          models loaded (info: np_worker_init's JSON)
//                  {type:'progress', value}      from the core's progress callback
//                  {type:'result', id, json, texts, parts, ms}
//                  {type:'error', id, message}
//                  {type:'taxonomy', id, ok, error, issues}   the taxonomy was loaded, or refused
//                                                (a refused one leaves the models in use as they were)
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
  // One small analysis before the first real one: the first pass through the code is several
  // times slower (wasm tier-up), and the person pasting should not pay for it.
  npAnalyzeDocs([{ id: 'warm-up', title: '', text: 'Officials in the capital said on Monday that a 10% tariff on steel would take effect in May.\n\n"It is fair," the minister said.' }], false);
  npReady = true;
  postMessage({ type: 'ready', info: info });
  var queued = npPending;
  npPending = [];
  queued.forEach(npHandle);
};

// Messages are handled in the order they came (a taxonomy sent before an analysis applies to it).
self.onmessage = function (e) {
  if (!e.data || (e.data.type !== 'analyze' && e.data.type !== 'taxonomy')) return;
  if (npReady) npHandle(e.data); else npPending.push(e.data);
};

function npHandle(msg) {
  if (msg.type === 'taxonomy') npTaxonomy(msg); else npAnalyze(msg);
}

function npTaxonomy(msg) {
  var r;
  if (msg.text == null) {
    r = JSON.parse(UTF8ToString(Module['_np_worker_set_taxonomy'](0, -1)));
  } else {
    var bytes = new TextEncoder().encode(msg.text), p = Module['_malloc'](bytes.length + 1);
    if (!p) { postMessage({ type: 'taxonomy', id: msg.id, ok: false, error: 'out of memory' }); return; }
    HEAPU8.set(bytes, p);
    r = JSON.parse(UTF8ToString(Module['_np_worker_set_taxonomy'](p, bytes.length)));
    Module['_free'](p);
  }
  postMessage({ type: 'taxonomy', id: msg.id, ok: !!r.ok, error: r.error || '', issues: r.issues || 0 });
}

function npString(s) {
  var n = lengthBytesUTF8(s || '') + 1, p = Module['_malloc'](n);
  stringToUTF8(s || '', p, n);
  return p;
}

function npAnalyze(msg) {
  npCurrentId = msg.id;
  var t0 = performance.now();
  var json = npAnalyzeDocs(msg.documents, msg.keepAll);
  if (json == null) { postMessage({ type: 'error', id: msg.id, message: 'out of memory' }); npCurrentId = null; return; }
  var ms = performance.now() - t0;
  var texts = JSON.parse(UTF8ToString(Module['_np_worker_texts']()));
  var parts = NPParts.make(JSON.parse(json), texts);
  postMessage({ type: 'result', id: msg.id, json: json, texts: texts, parts: parts, ms: ms });
  npCurrentId = null;
}

// Texts come as UTF-8 bytes (or strings): straight onto the heap, one document at a time.
// Returns the analysis JSON, or null when the heap is full.
function npAnalyzeDocs(documents, keepAll) {
  var ok = documents.every(function (d) {
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
  if (!ok) return null;
  return UTF8ToString(Module['_np_worker_run'](keepAll ? 1 : 0));
}
