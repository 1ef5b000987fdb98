// worker_pre.js — the message loop of the analysis worker (prepended to newsprism_worker.js
// with --pre-js; the page starts it with `new Worker('newsprism_worker.js')`).
//
// page -> worker   {type:'module', module}      the compiled wasm (a WebAssembly.Module; null: compile
//                                                your own): the worker starts when it comes
//                  {type:'analyze', id, bytes, documents:[{id,title,start,end,html}], keepAll, share}
//                  the texts' UTF-8 in one buffer, document i's at bytes[start, end); without
//                  `bytes`, each document has its own `bytes` (UTF-8) or `text`. `share` [first,
//                  last): analyse only those documents (all are cleaned; the page's worker pool
//                  gives each worker a share); absent: all of them
//                  {type:'warm-up', rounds}      analyse the sample article `rounds` times, in the
//                                                background (wasm tier-up before the first request)
//                  {type:'taxonomy', id, text}   a user's issue taxonomy (text null: the built-in one)
// worker -> page   {type:'ready', info, shared}  models loaded (info: np_worker_init's JSON; shared:
//                                                it runs the page's compiled module)
//                  {type:'progress', value}      from the core's progress callback
//                  {type:'parts', id, parts:{bytes, offsets}}   documents' parts cut so far (in
//                                                document order; sent every ~50 ms during a run)
//                  {type:'result', id, texts, parts:{bytes, offsets}, ms, timing}   the rest of the
//                                                documents' parts, then the top's timing.top_parts
//                                                parts (begin, top-level items, end)
//                  {type:'error', id, message}
//                  {type:'taxonomy', id, ok, error, issues}   the taxonomy was loaded, or refused
//                                                (a refused one leaves the models in use as they were)
//
// `parts` is the analysis (schema newsprism.analysis/1) cut into small JSON texts by the C++
// side (src/app/worker/result_parts.cpp, straight from np::to_json's text: no parse, no
// re-serialization here): `bytes` holds them as UTF-8, part k is bytes[offsets[2k],
// offsets[2k+1]). Both buffers are transferred, not copied. The UI takes the parts a few at a
// time into its view model; the page assembles the analysis object from them only when the hook
// or an export asks (docs/app.md).
// Names carry an np prefix: this file shares one scope with Emscripten's runtime (which has
// its own run(), ready-state and so on).
var npPending = [];
var npReady = false;
var npCurrentId = null;

// The wasm: the page compiles it once and posts the WebAssembly.Module to every worker
// ({type:'module', module}; web/bridge.js), so all workers run one copy of the machine code,
// optimized by whichever worker ran it (a fresh, separately compiled module runs the first
// 1-2 MB 2-3x slower while V8 tiers it up). module null (the page could not compile it): this
// worker compiles its own, as Emscripten would.
var npModuleWaiter = null, npModuleMessage = null;
Module['instantiateWasm'] = function (imports, receiveInstance) {
  function start(module) {
    var p = module ? WebAssembly.instantiate(module, imports).then(function (inst) { return { instance: inst, module: module }; })
      : typeof WebAssembly.instantiateStreaming === 'function'
        ? WebAssembly.instantiateStreaming(fetch(locateFile('newsprism_worker.wasm'), { credentials: 'same-origin' }), imports)
            .catch(function () { return npInstantiateBytes(imports); })
        : npInstantiateBytes(imports);
    p.then(function (r) { receiveInstance(r.instance, r.module); }, function (err) {
      postMessage({ type: 'error', id: null, fatal: true, message: 'the analysis module did not load: ' + err });
    });
  }
  if (npModuleMessage) start(npModuleMessage.module);
  else npModuleWaiter = start;
  return {};  // exports come later, through receiveInstance
};
function npInstantiateBytes(imports) {
  return fetch(locateFile('newsprism_worker.wasm'), { credentials: 'same-origin' })
    .then(function (r) { return r.arrayBuffer(); })
    .then(function (b) { return WebAssembly.instantiate(b, imports); });
}

Module['print'] = function (t) { console.log('[worker] ' + t); };
Module['printErr'] = function (t) { console.warn('[worker] ' + t); };
Module['onAbort'] = function (what) {
  postMessage({ type: 'error', id: npCurrentId, fatal: true,
    message: /memory|OOM|alloc/i.test(String(what)) ? 'out of memory' : 'the analysis stopped: ' + what });
};
// The analysis data: the files dist/assets/files.json lists (the tagger's model, gazetteers,
// lexicon, taxonomy), fetched while the wasm compiles and handed to the module one by one (it
// has no file system: worker_main.cpp). A file that does not come is an error the page shows.
var npAssets = fetch('assets/files.json', { credentials: 'same-origin' }).then(function (r) {
  if (!r.ok) throw new Error('assets/files.json: HTTP ' + r.status);
  return r.json();
}).then(function (names) {
  return Promise.all(names.map(function (name) {
    return fetch('assets/' + name, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('assets/' + name + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (b) { return { name: name, bytes: new Uint8Array(b) }; });
  }));
});
function npAddAssets(files) {
  files.forEach(function (f) {
    var nameLen = lengthBytesUTF8(f.name) + 1;
    var name = Module['_malloc'](nameLen), data = Module['_malloc'](f.bytes.length || 1);
    stringToUTF8(f.name, name, nameLen);
    HEAPU8.set(f.bytes, data);
    Module['_np_worker_add_asset'](name, data, f.bytes.length);
    Module['_free'](name);
    Module['_free'](data);
  });
}
// Without its data the worker answers every request with the reason, and is not restarted
// (a restart would fail the same way, again and again).
var npBroken = null;
Module['onRuntimeInitialized'] = function () {
  npAssets.then(npStart, function (err) {
    npBroken = 'the analysis data did not load (' + (err && err.message || err) + ')';
    postMessage({ type: 'error', id: null, message: npBroken });
    var queued = npPending;
    npPending = [];
    queued.forEach(npRefuse);
  });
};
function npRefuse(msg) {
  if (msg.type === 'taxonomy') postMessage({ type: 'taxonomy', id: msg.id, ok: false, error: npBroken, issues: 0 });
  else postMessage({ type: 'error', id: msg.id, message: npBroken });
}
function npStart(files) {
  npAddAssets(files);
  var info = JSON.parse(UTF8ToString(Module['_np_worker_init']()));
  // One small analysis before the first real one: the first pass through the code is several
  // times slower (wasm tier-up), and the person pasting should not pay for it.
  npAnalyzeDocs([{ id: 'warm-up', title: '', text: 'Officials in the capital said on Monday that a 10% tariff on steel would take effect in May.\n\n"It is fair," the minister said.' }], false);
  Module['_np_worker_release']();
  npReady = true;
  // shared: this worker runs the page's compiled module (false: it compiled its own).
  postMessage({ type: 'ready', info: info, shared: !!(npModuleMessage && npModuleMessage.module) });
  var queued = npPending;
  npPending = [];
  queued.forEach(npHandle);
}

// Progress of a request (none for the warm-up: the page would count it as a request's).
function npProgress(f) {
  if (npCurrentId != null) postMessage({ type: 'progress', value: f });
}

// The warm-up proper ({type:'warm-up', rounds}, sent by the page to one worker once per page):
// the "Load sample" article analysed `rounds` times, one analysis per task, so that V8 has
// optimized the hot code (tier-up) before the first real text; the module is shared by all
// workers (see above), so one worker warms them all. A request stops it (the request's own
// text then does the rest) and runs as soon as the analysis in progress ends (a few ms).
var npWarmRounds = 0;
function npWarmUp(rounds) {
  npWarmRounds = rounds;
  fetch('sample.txt', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (text) {
    if (!text) return;
    (function step() {
      if (npWarmRounds <= 0 || !npReady) return;
      npWarmRounds--;
      npAnalyzeDocs([{ id: 'warm-up', title: '', text: text }], false);
      Module['_np_worker_release']();
      setTimeout(step, 0);
    })();
  }, function () {});
}

// Messages are handled in the order they came (a taxonomy sent before an analysis applies to it).
self.onmessage = function (e) {
  if (!e.data) return;
  if (e.data.type === 'module') {
    npModuleMessage = e.data;
    if (npModuleWaiter) { var start = npModuleWaiter; npModuleWaiter = null; start(e.data.module); }
    return;
  }
  if (e.data.type === 'warm-up') { npWarmUp(e.data.rounds || 0); return; }
  if (e.data.type === 'break') { npBreakNext = true; return; }  // tests (newsprism.debug.breakWorker)
  if (e.data.type !== 'analyze' && e.data.type !== 'taxonomy') return;
  if (npBroken) npRefuse(e.data);
  else if (npReady) npHandle(e.data);
  else npPending.push(e.data);
};

// A message that throws is reported like any crash (the page's worker.onerror restarts this
// worker and fails the request), but from its own task: the messages queued behind it while
// the models loaded are still handled.
var npBreakNext = false;
function npHandle(msg) {
  try {
    if (msg.type === 'taxonomy') npTaxonomy(msg);
    else {
      if (npBreakNext) { npBreakNext = false; throw new Error('this worker was broken on purpose (test)'); }
      npAnalyze(msg);
    }
  } catch (err) {
    npCurrentId = null;
    setTimeout(function () { throw err; }, 0);
  }
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
  npWarmRounds = 0;
  npCurrentId = msg.id;
  var t0 = performance.now();
  var share = msg.share || [0, -1];
  var ok = msg.bytes ? npAnalyzeBuffer(msg.bytes, msg.documents, msg.keepAll, share)
    : npAnalyzeDocs(msg.documents, msg.keepAll, share);
  msg.bytes = null;
  if (!ok) { postMessage({ type: 'error', id: msg.id, message: 'out of memory' }); npCurrentId = null; return; }
  var ms = performance.now() - t0;
  var texts = JSON.parse(UTF8ToString(Module['_np_worker_texts']()));
  var timing = JSON.parse(UTF8ToString(Module['_np_worker_timing']()));
  var parts = npTakeParts();
  timing.copy = performance.now() - t0 - ms;
  // When the request reached this worker and when its answer left (page clock: timeOrigin +
  // now is one clock across threads), so the page can tell the transit times apart.
  timing.startedAt = performance.timeOrigin + t0;
  timing.sentAt = performance.timeOrigin + performance.now();
  postMessage({ type: 'result', id: msg.id, texts: texts, parts: parts, ms: ms, timing: timing },
    [parts.bytes.buffer, parts.offsets.buffer]);
  npCurrentId = null;
}

// The parts out of the heap (one copy each), then the heap's copies are freed.
function npCopyParts() {
  var p = Module['_np_worker_parts'](), n = Module['_np_worker_parts_size']();
  var k = Module['_np_worker_part_count'](), o = Module['_np_worker_part_offsets']() >> 2;
  return { bytes: HEAPU8.slice(p, p + n), offsets: HEAPU32.slice(o, o + 2 * k) };
}
function npTakeParts() {
  var parts = npCopyParts();
  Module['_np_worker_release']();
  return parts;
}

// Called by the core's document_done (worker_main.cpp) during a request: the documents' parts
// cut so far go to the page now (the C++ side then drops its copy). 0: not now (no request:
// the warm-up keeps its parts).
function npStreamParts() {
  if (npCurrentId == null) return 0;
  var parts = npCopyParts();
  postMessage({ type: 'parts', id: npCurrentId, parts: parts }, [parts.bytes.buffer, parts.offsets.buffer]);
  return 1;
}

// Texts come as UTF-8 bytes (or strings): straight onto the heap, one document at a time.
// Returns false when the heap is full (or the analysis could not be cut into parts).
function npAnalyzeDocs(documents, keepAll, share) {
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
  share = share || [0, -1];
  return ok && Module['_np_worker_run'](keepAll ? 1 : 0, share[0], share[1]) !== 0;
}

// All texts in one buffer: onto the heap in one copy; each document's text is copied from
// there into the core's input by np_worker_add_document (it takes pointer + length).
function npAnalyzeBuffer(bytes, documents, keepAll, share) {
  var p = Module['_malloc'](bytes.length + 1);
  if (!p) return false;
  HEAPU8.set(bytes, p);
  documents.forEach(function (d) {
    var id = npString(d.id), title = npString(d.title);
    Module['_np_worker_add_document'](id, title, p + d.start, d.end - d.start, d.html ? 1 : 0);
    Module['_free'](id); Module['_free'](title);
  });
  Module['_free'](p);
  return Module['_np_worker_run'](keepAll ? 1 : 0, share[0], share[1]) !== 0;
}
