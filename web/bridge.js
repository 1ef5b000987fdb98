// bridge.js — the page side of NewsPrism: owns the analysis worker, routes paste / drop /
// file-chooser events into the UI module, makes exports and downloads, keeps localStorage, and
// completes the JS hook window.newsprism (loader.js creates it).
//
// Index
//   1. Calls into the UI module (strings on its heap)
//   2. The analysis worker: start, requests (newest wins), cancel, results
//   3. npBridge: what the UI module calls (src/app/bridge.cpp)
//   4. Input events: paste, drag and drop, the file chooser, Load sample
//   5. Exports and the clipboard
//   6. The JS hook: analyze, setInput, setTaxonomy, lastResult, ui.*
//   7. A user's issue taxonomy (File -> Load taxonomy...): sent to the worker, kept across restarts
(function () {
  'use strict';
  var api = window.newsprism;
  if (!window.Module) return;  // loader.js found no WebGL2 and already said so
  var Files = window.NPFiles, Export = window.NPExport;
  var LIMIT = Files.LIMIT;
  var uiReady = false;  // events before the UI module runs are ignored
  api.ready.then(function () { uiReady = true; }, function () {});

  // The longest this file's own event handlers kept the main thread (ms), for ui.frameStats().
  // handlerMaxName: which one (its name, a worker message's type), to tell where a long task is.
  var handlerMax = 0, handlerMaxName = '';
  function timed(name, fn) {
    return function (e) {
      var t0 = performance.now();
      try { return fn.apply(this, arguments); } finally {
        var dt = performance.now() - t0;
        if (dt > handlerMax) {
          handlerMax = dt;
          handlerMaxName = typeof name === 'function' ? name(e) : name;
        }
      }
    };
  }

  // ---- 1. Calls into the UI module ------------------------------------------------------------
  function M() { return window.Module; }
  var encoder = new TextEncoder(), utf8Decoder = new TextDecoder('utf-8');
  // A JS string onto the UI module's heap (malloc'd, NUL-terminated). TextEncoder is native:
  // ~10x faster than Emscripten's stringToUTF8 loop on a 10 MB paste.
  function toHeap(s) {
    var m = M(), bytes = encoder.encode(s), p = m._malloc(bytes.length + 1);
    if (!p) throw new Error('out of memory');
    m.HEAPU8.set(bytes, p);
    m.HEAPU8[p + bytes.length] = 0;
    return p;
  }
  function withStrings(list, fn) {
    var m = M(), ptrs = list.map(toHeap);
    try { return fn.apply(null, ptrs); } finally { ptrs.forEach(function (p) { m._free(p); }); }
  }
  function status(code, text, gen) {
    if (!uiReady) { api.ready.then(function () { status(code, text, gen); }, function () {}); return; }
    withStrings([text || ''], function (p) { M()._np_app_on_status(gen || 0, code, p); });
  }
  function notice(text) { status(4, text); }

  // Moves a text onto the UI module's heap in slices of ~1 M characters, each in its own task,
  // so a 10 MB paste never holds the main thread for long (encoding is the slow part).
  // Resolves once the UI module holds the whole text in its incoming buffer.
  var SLICE = 1 << 20;
  // Slices go with their length: a text may hold U+0000, which a C string would cut.
  function sendText(text) {
    M()._np_app_text_begin();
    var i = 0;
    function step() {
      var end = Math.min(text.length, i + SLICE);
      if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;  // not inside a pair
      // Encoded straight onto the heap (room for 3 bytes per UTF-16 unit, UTF-8's most): no
      // intermediate array to allocate, copy and collect.
      var m = M(), room = (end - i) * 3, p = m._malloc(room + 1);
      if (!p) throw new Error('out of memory');
      try {
        var written = encoder.encodeInto(text.slice(i, end), m.HEAPU8.subarray(p, p + room)).written;
        m._np_app_text_append(p, written);
      } finally { m._free(p); }
      i = end;
    }
    if (text.length <= SLICE) { step(); return Promise.resolve(); }
    return new Promise(function (resolve) {
      (function next() {
        step();
        if (i >= text.length) resolve(); else setTimeout(next, 0);
      })();
    });
  }

  // Replaces the input with docs [{id,title,text,html}]; the UI analyses it after its debounce.
  // onlyIf (optional): asked when this change's turn comes and again before the input is
  // replaced; false drops the change (the first visit's sample must not replace a paste or a
  // hook call that came while it was on its way).
  var inputQueue = Promise.resolve();  // input changes apply in the order they came
  function setDocs(docs, keepUndo, onlyIf) {
    inputQueue = inputQueue.then(function () {
      var first = true, dropped = false;
      if (onlyIf && !onlyIf()) return;
      return docs.reduce(function (chain, d) {
        return chain.then(function () { return dropped ? null : sendText(d.text || ''); }).then(function () {
          if (first && onlyIf && !onlyIf()) dropped = true;
          if (dropped) return;
          if (first) M()._np_app_clear_input(keepUndo ? 1 : 0);
          first = false;
          withStrings([d.id || '', d.title || ''], function (id, title) {
            M()._np_app_add_document(id, title, 0, d.html ? 1 : 0);
          });
        });
      }, Promise.resolve()).then(function () { if (first && !dropped) M()._np_app_clear_input(keepUndo ? 1 : 0); });
    });
    return inputQueue;
  }

  // A pasted text: replaces the input, or goes into the ImGui text field that has focus.
  function pasteText(text) {
    inputQueue = inputQueue.then(function () {
      return sendText(text).then(function () { M()._np_app_on_paste(0); });
    });
    return inputQueue;
  }

  // The inputs' UTF-8 size where it could pass LIMIT, else 0. A UTF-16 unit is at most 3 bytes
  // in UTF-8, so inputs under LIMIT / 3 units are not counted (why: counting walks every
  // character on the page's thread, ~6 ms per MB, in every analyze() call).
  function sizeForLimit(docs) {
    var units = docs.reduce(function (n, d) { return n + (d.text || '').length; }, 0);
    if (units * 3 <= LIMIT) return 0;
    return docs.reduce(function (n, d) { return n + Files.utf8Bytes(d.text || ''); }, 0);
  }
  function tooLarge(bytes) {
    return 'This input is ' + Files.mb(bytes) + '. NewsPrism takes up to ' + Files.mb(LIMIT) +
      ' at once (the page would run out of memory beyond that). Split it into smaller files.';
  }

  // ---- 2. The analysis workers ------------------------------------------------------------------
  // A pool of K workers (K = the machine's cores, 1 to 4). An input of several documents is
  // split into K contiguous shares balanced by bytes: every worker gets all the texts (the
  // cross-document dedup needs them; cleaning is the cheap part) but analyses and returns only
  // its share, and the parts are put together in document order (docs/app.md, "Worker pool").
  // One document goes to one worker. Each worker sends its documents' parts as they are cut
  // ({type:'parts'}), so little is left to move when the last one finishes.
  var T = { active: null, pending: [], seq: 0 };  // section 7
  var W = { pool: [], shared: [], size: poolSize(), running: null, queued: null, building: null, parts: null, partIndex: 0,
    result: null, waiters: [], shown: 0, info: null };
  function poolSize(k) {
    var n = k != null ? k : (navigator.hardwareConcurrency || 1);
    return Math.max(1, Math.min(4, Math.floor(n) || 1));
  }

  // The worker's wasm is compiled once, here, and the compiled module goes to every worker
  // (web/worker_pre.js instantiates it): V8 shares one module's machine code between the
  // threads, so code optimized while one worker ran (wasm tier-up: the first 1-2 MB a fresh
  // module analyses run 2-3x slower) serves every worker, and a worker restarted by cancel,
  // newest-wins or debug.workers(k) starts warm instead of cold (docs/app.md, "Worker pool").
  // null when compiling here fails: each worker then compiles its own, as before.
  var workerModule = null;
  // Warm-up analyses of the sample article (5 KB) after the first worker starts: ~40 take
  // ~0.1 s of one worker at page load, and the first 1 MB the user pastes runs warm.
  var WARM_ROUNDS = 40;
  function compileWorkerWasm() {
    if (typeof WebAssembly !== 'object' || typeof fetch !== 'function') return Promise.resolve(null);
    var url = 'newsprism_worker.wasm';
    var fromBytes = function () {
      return fetch(url, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (b) { return WebAssembly.compile(b); });
    };
    // compileStreaming needs the server to say application/wasm; otherwise compile the bytes.
    var p = typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' })).catch(fromBytes) : fromBytes();
    return p.then(function (m) { workerModule = m; return m; }, function () { return null; });
  }
  // The module is compiled at once (V8 compiles on background threads), but the workers are
  // started (their script and model data fetched and run) and given it (so instantiate it and
  // load their models) only after the UI's first frame, or when a request comes sooner (post(),
  // analyze(), setInput()): on a 2-core machine two workers loading their models at page load
  // held the first frame back by ~250 ms, and starting them at load by another ~80 ms
  // (docs/app.md, "Worker pool"). Until then the pool is empty: a taxonomy waits in T.pending.
  var workerGateOpen = false, openWorkerGate;
  var workerGate = new Promise(function (res) {
    openWorkerGate = function () {
      workerGateOpen = true;
      if (!W.pool.length) startPool();
      res();
    };
  });
  afterFirstFrame(function () { openWorkerGate(); });
  var compiled = compileWorkerWasm();
  var workerModuleReady = workerGate.then(function () { return compiled; });
  function afterFirstFrame(fn) {
    api.ready.then(function () {
      requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(fn, 0); }); });
    }, function () {});
  }

  function startWorker(slot) {
    var w = new Worker('newsprism_worker.js');
    W.shared[slot] = null;  // not ready yet
    // The compiled module (or null: compile your own) is what the worker waits for before it
    // starts; the messages below wait in its queue until its models are loaded.
    if (W.ownModules) w.postMessage({ type: 'module', module: null });  // tests: the fallback path
    else if (workerModule && workerGateOpen) w.postMessage({ type: 'module', module: workerModule });
    else workerModuleReady.then(function (m) { if (W.pool[slot] === w) w.postMessage({ type: 'module', module: m }); });
    // A new worker starts with the built-in models: the user's taxonomy goes first (section 7).
    if (T.active) w.postMessage({ type: 'taxonomy', id: 0, text: T.active.text });
    T.pending.forEach(function (t) { w.postMessage({ type: 'taxonomy', id: t.id, text: t.text }); });
    w.onmessage = timed(function (e) { return 'worker ' + ((e.data && e.data.type) || ''); }, function (e) { onWorkerMessage(slot, e); });
    w.onerror = function (e) { failRequest(slot, 'The analysis failed: ' + (e.message || 'worker error'), true); };
    W.pool[slot] = w;
  }
  function startPool() {
    for (var i = 0; i < W.size; i++) startWorker(i);
  }
  function restartWorker(slot) {
    if (W.pool[slot]) W.pool[slot].terminate();
    startWorker(slot);
  }
  // A busy worker cannot read a cancel message: the workers still on `req` are restarted.
  function stopJobs(req) {
    (req.jobs || []).forEach(function (j) { if (!j.done) { j.done = true; restartWorker(j.slot); } });
  }
  // Test and benchmark knob (newsprism.debug.workers(k)): a pool of k workers from now on.
  function resizePool(k) {
    var r = W.running;
    if (r) { W.running = null; stopJobs(r); settle(r.gen, new Error('cancelled')); }
    W.pool.forEach(function (w) { w.terminate(); });
    W.pool = [];
    W.size = poolSize(k);
    startPool();
    return W.size;
  }

  // Contiguous shares [first, last) of the documents, at most k, at least one document each,
  // balanced by work: a worker cleans every document up to the end of its share (the
  // cross-document step of document i reads only documents before i), about CLEAN_SHARE of
  // the time per byte, and analyses its share, the rest. So earlier shares are a little larger.
  var CLEAN_SHARE = 0.2;
  function shares(documents, k) {
    var n = documents.length;
    k = Math.min(k, n);
    if (k <= 1) return [[0, n]];
    var prefix = [0];
    for (var i = 0; i < n; i++) prefix.push(prefix[i] + documents[i].end - documents[i].start + 1);
    var work = function (first, last) { return CLEAN_SHARE * prefix[last] + (1 - CLEAN_SHARE) * (prefix[last] - prefix[first]); };
    // The cuts for a bound on any worker's work, or null when k shares cannot keep under it.
    function cuts(bound) {
      var out = [], first = 0;
      for (var j = 0; j < k - 1; j++) {
        var last = first + 1;
        while (last < n - (k - 1 - j) && work(first, last + 1) <= bound) last++;
        out.push([first, last]);
        first = last;
      }
      out.push([first, n]);
      return work(first, n) <= bound ? out : null;
    }
    var lo = work(0, n) / k, hi = work(0, n), best = null;
    for (var it = 0; it < 40; it++) {
      var mid = (lo + hi) / 2, c = cuts(mid);
      if (c) { best = c; hi = mid; } else lo = mid;
    }
    return best || cuts(Infinity);
  }

  function post(req) {
    openWorkerGate();
    W.running = req;
    req.startedAt = performance.now();
    status(5, '', req.gen);
    if (W.fixture) {  // tests: answer with a hand-made analysis, through the same path
      var parts = NPParts.make(W.fixture, null), delay = W.fixtureDelay;
      req.jobs = [];
      // A delayed answer reports half-way progress at half the delay, as a worker would.
      if (delay) setTimeout(function () { if (W.running === req) M()._np_app_on_progress(req.gen, 0.5); }, delay / 2);
      setTimeout(function () {
        if (W.running === req) deliver(req, parts, 0, null, []);
      }, delay);
      return;
    }
    var ranges = shares(req.documents, W.size), n = req.documents.length;
    req.jobs = ranges.map(function (r, j) {
      var upto = r[1] ? req.documents[r[1] - 1].end : 0, own = upto - (r[0] < n ? req.documents[r[0]].start : upto);
      // Progress weights: cleaning (CLEAN_SHARE of a byte's work) up to the share's end, and
      // analysing the share.
      return { slot: j, share: r, chunks: [], done: false, progress: 0,
        weight: CLEAN_SHARE * upto + (1 - CLEAN_SHARE) * own + 1, top: 0, ms: 0, timing: null, texts: null };
    });
    // Worker j gets the documents up to the end of its share (the last one gets them all and
    // gives the top: cross_document over every document). The texts' bytes (one buffer, see
    // sendRequest) go to the last worker transferred, to the others as copies of their prefix
    // (the UI module keeps its own copy).
    req.jobs.forEach(function (job, j) {
      var last = j === req.jobs.length - 1, upto = last ? n : job.share[1];
      var docs = last ? req.documents : req.documents.slice(0, upto);
      var bytes = !req.bytes ? null : last ? req.bytes : req.bytes.slice(0, upto ? docs[upto - 1].end : 0);
      W.pool[job.slot].postMessage({ type: 'analyze', id: req.gen, documents: docs, bytes: bytes,
        keepAll: req.keepAll, share: ranges.length > 1 ? job.share : null }, bytes ? [bytes.buffer] : []);
    });
    req.bytes = null;
  }

  // Newest wins: a request waits for a short running one, and replaces a long one (its
  // workers are terminated: a busy worker cannot read a cancel message).
  function submit(req) {
    if (!W.running) return post(req);
    if (performance.now() - W.running.startedAt > 1000) {
      var old = W.running;
      W.running = null;
      stopJobs(old);
      settle(old.gen, new Error('superseded by a newer input'));
      return post(req);
    }
    if (W.queued) settle(W.queued.gen, new Error('superseded by a newer input'));
    W.queued = req;
  }

  function runQueued() {
    if (!W.running && W.queued) { var q = W.queued; W.queued = null; post(q); }
  }

  function jobOf(slot, id) {
    var r = W.running;
    if (!r || r.gen !== id || !r.jobs) return null;
    for (var i = 0; i < r.jobs.length; i++) if (r.jobs[i].slot === slot && !r.jobs[i].done) return r.jobs[i];
    return null;
  }

  function onWorkerMessage(slot, e) {
    var m = e.data || {}, job;
    if (m.type === 'ready') {
      W.shared[slot] = !!m.shared;
      // Once per page, the first worker ready warms the shared module up (worker_pre.js), after
      // the UI's first frame: on a 2-core machine the warm-up would otherwise delay it.
      if (!W.warmed && m.shared) {
        W.warmed = true;
        var warmer = W.pool[slot];
        afterFirstFrame(function () {
          if (W.pool[slot] === warmer) warmer.postMessage({ type: 'warm-up', rounds: WARM_ROUNDS });
          else W.warmed = false;  // that worker was replaced: the next one ready does it
        });
      }
      if (slot === 0 || !W.info) W.info = m.info;
      if (slot === 0) status(3, (m.info && m.info.message) || ('loaded: ' + ((m.info && m.info.assets) || []).join(', ')));
    } else if (m.type === 'progress') {
      var r = W.running;
      if (!r || !r.jobs || !uiReady) return;
      var done = 0, all = 0;
      r.jobs.forEach(function (j) {
        if (j.slot === slot && !j.done) j.progress = m.value;
        done += j.weight * j.progress;
        all += j.weight;
      });
      M()._np_app_on_progress(r.gen, all ? done / all : 0);
    } else if (m.type === 'parts') {
      if ((job = jobOf(slot, m.id))) {
        job.chunks.push(m.parts);
        streamParts(m.parts, 0, NPParts.count(m.parts));
      }
    } else if (m.type === 'result') {
      if (!(job = jobOf(slot, m.id))) return;
      job.chunks.push(m.parts);
      job.done = true;
      job.progress = 1;
      job.top = (m.timing && m.timing.top_parts) || 0;
      streamParts(m.parts, 0, NPParts.count(m.parts) - job.top);
      job.ms = m.ms;
      job.timing = m.timing || null;
      job.texts = m.texts || [];
      var req = W.running;
      if (req.jobs.every(function (j) { return j.done; })) {
        W.running = null;
        joinJobs(req);
        runQueued();
      }
    } else if (m.type === 'taxonomy') {
      onTaxonomy(m);
    } else if (m.type === 'error') {
      failRequest(slot, m.message, m.fatal || /memory/i.test(m.message || ''));
    }
  }

  // A worker failed (an error message, or it crashed): the request fails with a clear
  // message, its other workers stop, and a crashed or out-of-memory worker is restarted.
  // The input stays where it is (the UI module keeps it).
  function failRequest(slot, message, restart) {
    var r = W.running;
    var oom = /memory/i.test(message || '');
    if (restart) restartWorker(slot);
    // A worker not on the running request (or none running) takes nothing down with it.
    if (r && r.jobs && !r.jobs.some(function (j) { return j.slot === slot && !j.done; }) && !W.fixture) r = null;
    if (r && r.jobs) r.jobs.forEach(function (j) { if (j.slot === slot) j.done = true; });
    if (r) W.running = null;
    if (r) stopJobs(r);
    var text = oom ? 'The analysis ran out of memory: this input is too large for this browser tab. Try a smaller one.'
      : /^The analysis/.test(message) ? message : 'The analysis failed: ' + message;
    if (oom) notice(text);
    status(1, text, r && r.gen);
    if (r) settle(r.gen, new Error(text));
    runQueued();
  }

  // A hook call waits for the running request: its object is put together from the parts as
  // they arrive (between the workers' messages, in tasks of up to ASSEMBLE_MS), not all after
  // the last worker answers. Measured on 1 MB (507 pastes, K = 2): ~25 ms of JSON.parse and
  // assembly left after the last answer before this (lastTiming().parsedMs).
  var streaming = false, streamChannel = new MessageChannel();
  function streamParts(parts, from, to) {
    var req = W.running;
    if (!req) return;
    // Decided at the request's first parts: the hook's waiter is registered right after the
    // request is posted, before any answer can arrive.
    if (req.stream == null) {
      req.stream = W.waiters.some(function (w) { return w.gen === req.gen; }) ? NPParts.streamer() : false;
      req.streamBusyMs = 0;
    }
    if (!req.stream) return;
    req.stream.feed(parts, from, to);
    if (!streaming) { streaming = true; streamChannel.port2.postMessage(0); }
  }
  streamChannel.port1.onmessage = timed('stream', function () {
    var req = W.running;
    if (!req || !req.stream || !req.stream.pending()) { streaming = false; return; }
    var t0 = performance.now();
    req.stream.step(ASSEMBLE_MS);
    req.streamBusyMs += performance.now() - t0;
    if (req.stream.pending()) streamChannel.port2.postMessage(0); else streaming = false;
  });

  // Every worker's parts in document order: the last job's top parts but its last (begin and
  // the top-level arrays' items: it alone saw every document), each job's document parts
  // (shares are contiguous, in order), then that last one (end).
  function joinJobs(req) {
    var full = req.jobs[req.jobs.length - 1], topChunk = full.chunks[full.chunks.length - 1];
    var tc = NPParts.count(topChunk), segs = [{ parts: topChunk, from: tc - full.top, to: tc - 1 }];
    req.jobs.forEach(function (j) {
      j.chunks.forEach(function (c, ci) {
        var n = NPParts.count(c) - (ci === j.chunks.length - 1 ? j.top : 0);
        if (n > 0) segs.push({ parts: c, from: 0, to: n });
      });
    });
    segs.push({ parts: topChunk, from: tc - 1, to: tc });
    var ms = 0;
    req.jobs.forEach(function (j) { ms = Math.max(ms, j.ms); });
    var timing = full.timing ? Object.assign({}, full.timing) : {};
    timing.workers = req.jobs.length;
    timing.worker_ms = req.jobs.map(function (j) { return Math.round(j.ms); });
    // Each worker's own split (analyze includes the cleaning of every document up to its
    // share's end; the last worker also serializes the top): what balances the shares.
    timing.worker_steps = req.jobs.map(function (j) {
      var t = j.timing || {};
      return { analyze: t.analyze, to_json: t.to_json, cut: t.cut, share: j.share };
    });
    timing.chunks = req.jobs.reduce(function (n, j) { return n + j.chunks.length; }, 0);
    // The first to start and the last to answer bound the transit times.
    req.jobs.forEach(function (j) {
      if (!j.timing) return;
      if (j.timing.sentAt > (timing.sentAt || 0)) timing.sentAt = j.timing.sentAt;
      if (j.timing.startedAt < timing.startedAt) timing.startedAt = j.timing.startedAt;
    });
    // The hook's object: the streamed documents' parts are (mostly) in it already; the top
    // (begin, top-level items, end) completes it (deliver hands it on).
    if (req.stream) req.stream.feed(topChunk, tc - full.top, tc);
    deliver(req, NPParts.join(segs), ms, timing, full.texts);
  }

  function deliver(req, parts, ms, timing, texts) {
    W.running = null;
    W.result = { gen: req.gen, parts: parts, assembler: null, parsed: null, ms: ms, steps: timing || null,
      documents: req.documents, extracted: texts || [], texts: null, totalMs: performance.now() - req.startedAt,
      shownMs: 0, parsedMs: 0, receivedAt: performance.now(), intakeBusyMs: 0, assembleBusyMs: 0,
      inputMs: W.hookInputMs || 0, toWorkerMs: 0, fromWorkerMs: 0 };
    W.hookInputMs = 0;
    if (req.stream) {  // put together as the parts arrived (streamParts)
      W.result.assembler = req.stream;
      W.result.assembleBusyMs = req.streamBusyMs;
    }
    if (timing && timing.sentAt) {
      var origin = performance.timeOrigin;
      W.result.toWorkerMs = timing.startedAt - origin - req.startedAt;
      W.result.fromWorkerMs = W.result.receivedAt - (timing.sentAt - origin);
    }
    W.parts = parts;
    W.partIndex = 0;
    M()._np_app_on_result(req.gen, ms);
    // A hook call waiting for this result gets it as soon as its object is put together:
    // that goes first, and the UI's intake (which shows it) continues afterwards. Before,
    // the hook waited for the UI too (55-90 ms per MB of input on software-painted canvas).
    if (W.waiters.some(function (w) { return w.gen <= req.gen; })) settle(req.gen, null);
    pumpParts();
    runQueued();
  }

  // The UI takes result parts in its frames; between frames too, in tasks of up to 20 ms (a
  // MessageChannel message runs as soon as the thread is free, unlike a clamped setTimeout),
  // so a big result does not wait for hundreds of slow-to-paint frames. Events and frames
  // still run between the tasks; 20 ms keeps the longest frame gap well under 100 ms while
  // letting the intake, not the painting of an unchanged screen, have most of the thread.
  var PUMP_MS = 20, pumping = false, pumpChannel = new MessageChannel();
  pumpChannel.port1.onmessage = timed('intake', function () {
    // A hook call's object is being put together: it goes first (its tasks restart the intake).
    if (assembling.length) { pumping = false; return; }
    var t0 = performance.now(), more = M()._np_app_take_parts(PUMP_MS);
    if (W.result) W.result.intakeBusyMs += performance.now() - t0;
    if (more) pumpChannel.port2.postMessage(0); else pumping = false;
  });
  function pumpParts() {
    if (!pumping) { pumping = true; pumpChannel.port2.postMessage(0); }
  }

  // Resolves/rejects hook promises waiting for generation `gen` (or older). The analysis
  // object they get is put together from the result's parts in tasks of a few ms (a 10 MB
  // paste makes ~60 MB of JSON: one JSON.parse of it would hold the page for half a second).
  function settle(gen, error) {
    var ready = [];
    W.waiters = W.waiters.filter(function (w) {
      if (w.gen > gen) return true;
      if (error || w.gen < gen) w.reject(error || new Error('superseded by a newer input'));
      else ready.push(w);
      return false;
    });
    if (ready.length) whenParsed(W.result, function (a) { ready.forEach(function (w) { w.resolve(a); }); });
  }

  var ASSEMBLE_MS = 20, assembling = [], assembleChannel = new MessageChannel();
  assembleChannel.port1.onmessage = timed('assemble', function () {
    var job = assembling[0];
    if (!job) return;
    var r = job.result;
    if (!r.parsed) {
      var t0 = performance.now();
      if (!r.assembler) r.assembler = NPParts.assembler(r.parts);
      if (r.assembler.step(ASSEMBLE_MS)) parsed(r);
      r.assembleBusyMs += performance.now() - t0;
    }
    if (r.parsed) { assembling.shift(); job.done(r.parsed); }
    if (assembling.length) assembleChannel.port2.postMessage(0);
    else if (W.parts) pumpParts();  // the UI's intake, held while the hook's object was assembled
  });
  function whenParsed(r, done) {
    if (!r) { done(null); return; }
    if (r.parsed) { done(r.parsed); return; }
    assembling.push({ result: r, done: done });
    if (assembling.length === 1) assembleChannel.port2.postMessage(0);
  }
  function parsed(r) {
    r.parsed = r.assembler.result;
    r.assembler = null;
    r.parsedMs = performance.now() - r.receivedAt;
  }

  // The texts the last result's offsets refer to, decoded only when an export needs them:
  // from the UI module, which holds what it shows (the request's bytes went to the worker).
  function resultTexts() {
    var r = W.result, m = M();
    if (!r.texts) {
      var dec = new TextDecoder('utf-8');
      r.texts = r.documents.map(function (d, i) {
        if (r.extracted[i] != null) return r.extracted[i];
        if (d.text != null) return d.text;
        var p = m._np_app_result_text(i), n = m._np_app_result_text_size(i);
        return p ? dec.decode(m.HEAPU8.subarray(p, p + n)) : '';
      });
    }
    return r.texts;
  }

  // The analysis object (put together at once if no hook call has done it yet).
  function lastResult() {
    var r = W.result;
    if (!r) return null;
    if (!r.parsed) {
      if (!r.assembler) r.assembler = NPParts.assembler(r.parts);
      r.assembler.step(null);
      parsed(r);
    }
    return r.parsed;
  }

  // ---- 3. npBridge: called by the UI module ------------------------------------------------------
  var fileInput = null;
  // The progress strip: a running analysis's progress bar and Cancel button, an element laid
  // over the UI's status bar (src/app/view_panels.cpp, section 4) so that it moves without a
  // painted canvas frame. The UI module places it, shows it past an analysis's quiet start,
  // and hides it with the frame that paints the end.
  var strip = document.getElementById('progress'), stripBar = strip.querySelector('.bar'),
      stripButton = strip.querySelector('button');
  function cssColor(c) {  // ImGui's packed 0xAABBGGRR
    c = c >>> 0;
    return 'rgba(' + (c & 255) + ',' + ((c >>> 8) & 255) + ',' + ((c >>> 16) & 255) + ',' + ((c >>> 24) / 255).toFixed(3) + ')';
  }
  // The button keeps the canvas's keyboard focus when clicked (Tab still reaches it).
  stripButton.addEventListener('mousedown', function (e) { e.preventDefault(); });
  stripButton.addEventListener('click', timed('strip', function () {
    window.npBridge.cancel();
    document.getElementById('canvas').focus();
  }));

  window.npBridge = {
    // A request is built in one call of the UI module: its documents' texts are on its heap at
    // (ptr, len) until sendRequest, which copies them all into one buffer for the worker —
    // one allocation and one transfer, not one per document (a corpus is hundreds of pastes).
    beginRequest: function (gen, keepAll) { W.building = { gen: gen, keepAll: keepAll, documents: [], size: 0 }; },
    addRequestDoc: function (id, title, ptr, len, html) {
      var r = W.building;
      r.documents.push({ id: id, title: title, start: r.size, end: r.size + len, ptr: ptr, html: html });
      r.size += len;
    },
    sendRequest: function () {
      var r = W.building, heap = M().HEAPU8;
      W.building = null;
      if (!r) return;
      r.bytes = new Uint8Array(r.size);
      r.documents.forEach(function (d) {
        r.bytes.set(heap.subarray(d.ptr, d.ptr + (d.end - d.start)), d.start);
        delete d.ptr;
      });
      delete r.size;
      submit(r);
    },
    // The next part onto the UI module's heap (malloc'd, NUL-terminated): a copy of its bytes.
    takePart: function () {
      if (!W.parts || W.partIndex >= NPParts.count(W.parts)) { W.parts = null; W.partIndex = 0; return 0; }
      var b = NPParts.bytes(W.parts, W.partIndex++), m = M(), p = m._malloc(b.length + 1);
      if (!p) throw new Error('out of memory');
      m.HEAPU8.set(b, p);
      m.HEAPU8[p + b.length] = 0;
      return p;
    },
    cancel: function () {
      var r = W.running;
      W.queued = null;
      if (!r) return;
      W.running = null;
      stopJobs(r);
      status(2, '', r.gen);
      settle(r.gen, new Error('cancelled'));
    },
    shown: function (gen) {
      W.shown = gen;
      if (W.result && W.result.gen === gen) W.result.shownMs = performance.now() - W.result.receivedAt;
      settle(gen, null);
    },
    progressPlace: function (l) {
      var st = strip.style, px = function (v) { return v + 'px'; };
      st.left = px(l.x); st.top = px(l.y); st.width = px(l.w); st.height = px(l.h); st.fontSize = px(l.fontPx);
      st.setProperty('--np-gap', px(l.spacing));
      st.setProperty('--np-pad', px(l.padX));
      st.setProperty('--np-round', px(l.rounding));
      [['--np-bg', l.bg], ['--np-frame', l.frame], ['--np-fill', l.fill], ['--np-text', l.text], ['--np-button', l.button],
       ['--np-button-hover', l.buttonHovered], ['--np-button-active', l.buttonActive]].forEach(function (v) {
        st.setProperty(v[0], cssColor(v[1]));
      });
    },
    progressSet: function (show, label, value, cancellable) {
      var pct = Math.max(0, Math.min(100, Math.round(value * 100)));
      stripBar.firstChild.style.width = pct + '%';
      stripBar.lastChild.textContent = label;
      stripBar.setAttribute('aria-valuenow', String(pct));
      stripBar.setAttribute('aria-valuetext', label);
      stripButton.hidden = !cancellable;
      if (show) strip.hidden = false;
    },
    progressHide: function () { strip.hidden = true; },
    action: function (what) { action(what); },
    clipboardWrite: function (text) { copyText(text, null); },
    storageGet: function (key) {
      var v = null;
      try { v = window.localStorage.getItem(key); } catch (e) { v = null; }
      if (v == null) return 0;
      return toHeap(v);
    },
    // 0 stored, 1 quota exceeded, 2 storage unavailable
    storageSet: function (key, value) {
      try {
        if (value === '') window.localStorage.removeItem(key); else window.localStorage.setItem(key, value);
        return 0;
      } catch (e) {
        // An older copy left behind would come back after a reload as if it were the last input.
        try { window.localStorage.removeItem(key); } catch (e2) { /* none */ }
        return e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014) ? 1 : 2;
      }
    },
    storageClear: function () { clearStorage(); },
    // The input to remember, a document at a time (texts as UTF-8 on the UI module's heap), then
    // stored as one JSON text: 0 stored, 1 quota exceeded, 2 storage unavailable.
    storageInputDoc: function (id, title, ptr, len, html) {
      var heap = M().HEAPU8;
      (W.saving || (W.saving = [])).push({ id: id, title: title, html: html,
        text: len ? utf8Decoder.decode(heap.subarray(ptr, ptr + len)) : '' });
    },
    storageInputStore: function (key) {
      var docs = W.saving || [];
      W.saving = null;
      return window.npBridge.storageSet(key, JSON.stringify({ documents: docs }));
    },
  };

  function clearStorage() {
    try { ['newsprism.settings', 'newsprism.input'].forEach(function (k) { window.localStorage.removeItem(k); }); } catch (e) { /* none */ }
  }

  // ---- 4. Input events ------------------------------------------------------------------------------
  // SDL cancels every Ctrl+key keydown (so the browser never fires `paste`): let Ctrl/Cmd+V through.
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V')) e.stopPropagation();
  }, true);

  document.addEventListener('paste', timed('paste', function (e) {
    var dt = e.clipboardData;
    if (!dt || !uiReady) return;
    e.preventDefault();
    if (dt.files && dt.files.length) { openFiles(dt.files); return; }
    var text = dt.getData('text/plain') || '';
    if (!text) return;
    var bytes = sizeForLimit([{ text: text }]);
    if (bytes > LIMIT) { notice(tooLarge(bytes)); return; }
    pasteText(text);
  }));

  function openFiles(files) {
    if (!uiReady) return Promise.resolve();
    return Files.readFiles(files).then(function (r) {
      var bytes = sizeForLimit(r.docs);
      if (bytes > LIMIT) { notice(tooLarge(bytes)); return; }
      if (r.docs.length) setDocs(r.docs, true);
      var parts = [];
      if (r.problems.length) parts.push((r.docs.length ? 'Some files were not opened:\n' : 'Nothing was opened:\n') + r.problems.join('\n'));
      if (r.notes.length) parts.push('Opened, with problems:\n' + r.notes.join('\n'));
      if (parts.length) notice(parts.join('\n\n'));
    });
  }

  var dropOverlay = null;
  function overlay(on) {
    if (!dropOverlay) dropOverlay = document.getElementById('drop');
    if (dropOverlay) dropOverlay.classList.toggle('on', on);
  }
  document.addEventListener('dragover', function (e) {
    if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      overlay(true);
    }
  });
  document.addEventListener('dragleave', function (e) { if (!e.relatedTarget) overlay(false); });
  document.addEventListener('drop', function (e) {
    overlay(false);
    if (!e.dataTransfer || !uiReady) return;
    e.preventDefault();
    if (e.dataTransfer.files && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
    else {
      var t = e.dataTransfer.getData('text/plain');
      if (t) pasteText(t);
    }
  });

  function chooseFiles() {
    if (!fileInput) {
      fileInput = document.getElementById('file-input');
      fileInput.addEventListener('change', function () {
        if (fileInput.files && fileInput.files.length) openFiles(fileInput.files);
        fileInput.value = '';
      });
    }
    fileInput.click();
  }

  // firstVisit: the page shows the sample by itself on a first visit (src/app/bridge.cpp,
  // np_app_wants_sample), as a worked example, unless an input came first.
  function loadSample(firstVisit) {
    var wanted = function () { return !!M()._np_app_wants_sample(); };
    return fetch('sample.txt').then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    }).then(function (text) {
      setDocs([{ id: 'sample', title: 'Sample article', text: text }], !firstVisit, firstVisit ? wanted : null);
    }, function (e) { status(1, 'The sample could not be loaded: ' + e.message); });
  }
  // After the first frame (so it costs the page's start nothing), on a first visit only: a
  // remembered input (even an emptied one) is shown as it was left.
  afterFirstFrame(function () { if (M()._np_app_wants_sample()) loadSample(true); });

  // ---- 5. Exports and the clipboard --------------------------------------------------------------------
  function download(name, mime, content) {
    var url = URL.createObjectURL(new Blob([content], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }

  function copyText(text, what) {
    if (!navigator.clipboard || !navigator.clipboard.writeText) {
      if (what) status(1, 'This browser does not let the page write to the clipboard; use File \u2192 Export instead.');
      return;
    }
    navigator.clipboard.writeText(text).then(function () {
      if (what) status(0, what + ' copied to the clipboard.');
    }, function (e) {
      if (what) status(1, 'Copy failed (' + e.message + '); use File \u2192 Export instead.');
    });
  }

  function report(kind) {
    var a = lastResult();
    if (!a) return null;
    var texts = resultTexts();
    switch (kind) {
      case 'json': return { name: 'newsprism-analysis.json', mime: 'application/json', text: JSON.stringify(a, null, 2) + '\n', what: 'The analysis' };
      case 'md': return { name: 'newsprism-report.md', mime: 'text/markdown', text: Export.markdown(a, texts), what: 'The report' };
      case 'html': return { name: 'newsprism-report.html', mime: 'text/html', text: Export.htmlReport(a, texts), what: 'The HTML report' };
      case 'csv-entities': return { name: 'newsprism-entities.csv', mime: 'text/csv', text: Export.entitiesCsv(a), what: 'The entities' };
      case 'csv-measures': return { name: 'newsprism-measures.csv', mime: 'text/csv', text: Export.measuresCsv(a, texts), what: 'The measures' };
      case 'clean': return { name: 'newsprism-clean.txt', mime: 'text/plain', text: Export.cleanText(a), what: 'The clean text' };
      default: return null;
    }
  }

  // The input exactly as given (before any cleaning), from the UI module, which keeps it: one
  // document as .txt, several as .jsonl of {id,title,text} (File -> Open reads it back).
  function originalInput() {
    var m = M(), n = m._np_app_input_count(), dec = new TextDecoder('utf-8'), docs = [];
    for (var i = 0; i < n; i++) {
      var p = m._np_app_input_text(i), len = m._np_app_input_text_size(i);
      docs.push({ id: m.UTF8ToString(m._np_app_input_id(i)), title: m.UTF8ToString(m._np_app_input_title(i)),
        text: p ? dec.decode(m.HEAPU8.subarray(p, p + len)) : '' });
    }
    if (!docs.length) return null;
    if (docs.length === 1) return { name: 'newsprism-original.txt', mime: 'text/plain', text: docs[0].text, what: 'The original input' };
    return { name: 'newsprism-original.jsonl', mime: 'application/jsonl',
      text: docs.map(function (d) { return JSON.stringify(d); }).join('\n') + '\n', what: 'The original input' };
  }

  function action(what) {
    var colon = what.indexOf(':'), verb = colon < 0 ? what : what.slice(0, colon), arg = colon < 0 ? '' : what.slice(colon + 1);
    if (verb === 'open') chooseFiles();
    else if (verb === 'sample') loadSample(false);
    else if (verb === 'storage-clear') clearStorage();
    else if (verb === 'taxonomy') chooseTaxonomy();
    else if (verb === 'taxonomy-builtin') setTaxonomy(null, '');
    else if ((verb === 'export' || verb === 'copy') && arg === 'original') {
      var o = originalInput();
      if (!o) { status(1, 'Nothing to ' + verb + ': the input is empty.'); return; }
      if (verb === 'export') download(o.name, o.mime + ';charset=utf-8', o.text);
      else copyText(o.text, o.what);
    } else if (verb === 'export' || verb === 'copy') {
      var r = report(arg);
      if (!r) { status(1, 'Nothing to ' + verb + ' yet: the analysis has not finished.'); return; }
      if (verb === 'export') download(r.name, r.mime + ';charset=utf-8', r.text);
      else copyText(r.text, r.what);
    }
  }

  // ---- 6. The JS hook ----------------------------------------------------------------------------------
  // The hook's input: a text, a document {id?, title?, text, html?}, or an array of texts and
  // documents. Anything else is refused with a TypeError that says what is expected (it used to
  // become an empty document, or fail on a null with a message about reading 'id').
  var DOCS_EXPECTED = 'expected a text, a document {id, title, text} or an array of them';
  function toDocs(input) {
    if (typeof input === 'string') return [{ id: 'doc1', title: '', text: input }];
    var list = Array.isArray(input) ? input : [input];
    return list.map(function (d, i) {
      var where = Array.isArray(input) ? 'item ' + (i + 1) : 'the input';
      if (typeof d === 'string') return { id: 'doc' + (i + 1), title: '', text: d };
      if (d === null || typeof d !== 'object' || Array.isArray(d))
        throw new TypeError('newsprism: ' + where + ' is ' + (d === null ? 'null' : Array.isArray(d) ? 'an array' : 'a ' + typeof d) + ': ' + DOCS_EXPECTED);
      if (typeof d.text !== 'string')
        throw new TypeError('newsprism: ' + where + ' has no text string (its "text" is ' + (d.text === null ? 'null' : typeof d.text) + '): ' + DOCS_EXPECTED);
      return { id: d.id != null ? String(d.id) : 'doc' + (i + 1), title: d.title != null ? String(d.title) : '', text: d.text, html: !!d.html };
    });
  }

  api.limit = LIMIT;
  api.analyze = function (input) {
    openWorkerGate();  // a caller at page load need not wait for the first frame's gate
    return api.ready.then(function () {
      var docs = toDocs(input), bytes = sizeForLimit(docs);
      if (bytes > LIMIT) { notice(tooLarge(bytes)); throw new Error(tooLarge(bytes)); }
      var t0 = performance.now();
      return setDocs(docs, true).then(function () {
        W.hookInputMs = performance.now() - t0;  // the input into the UI module (lastTiming)
        var gen = M()._np_app_analyze_now();
        return new Promise(function (resolve, reject) { W.waiters.push({ gen: gen, resolve: resolve, reject: reject }); });
      });
    });
  };
  api.setInput = function (text) {
    openWorkerGate();
    return api.ready.then(function () {
      var docs = toDocs(text), bytes = sizeForLimit(docs);
      if (bytes > LIMIT) { notice(tooLarge(bytes)); throw new Error(tooLarge(bytes)); }
      return setDocs(docs, true);
    });
  };
  // A taxonomy object (already parsed, or built in code) is taken as its JSON text.
  api.setTaxonomy = function (text, name) {
    var json = text == null ? null : typeof text === 'object' ? JSON.stringify(text) : String(text);
    return api.ready.then(function () { return setTaxonomy(json, name || 'taxonomy.json'); });
  };
  api.taxonomy = function () { return T.active ? { name: T.active.name, issues: T.active.issues } : null; };
  api.lastResult = lastResult;
  // workerMs: analysis in the worker; roundTripMs: request -> result received; shownMs and
  // parsedMs: result received -> the UI shows it / the analysis object is put together;
  // steps: the worker's own split (analyze, to_json, cut, copy); intakeBusyMs / assembleBusyMs:
  // main-thread time of the intake tasks between frames / of putting the object together;
  // inputMs: a hook call's input into the UI module; toWorkerMs / fromWorkerMs: request posted ->
  // the worker starts on it / the worker's answer sent -> received here.
  api.lastTiming = function () {
    var r = W.result;
    return r ? { workerMs: r.ms, roundTripMs: r.totalMs, shownMs: r.shownMs, parsedMs: r.parsedMs, steps: r.steps,
      intakeBusyMs: r.intakeBusyMs, assembleBusyMs: r.assembleBusyMs,
      inputMs: r.inputMs, toWorkerMs: r.toWorkerMs, fromWorkerMs: r.fromWorkerMs } : null;
  };
  api.worker = function () { return W.info; };
  // Resolves when the UI shows the analysis of the current input (an input still on its way
  // into the UI module, from an analyze() or setInput() not yet resolved, counts as current),
  // or at once on a page that never had an input.
  api.idle = function () {
    // Read the queue after ready: an analyze() called just before has queued its input by then.
    return api.ready.then(function () { return inputQueue; }).then(idleNow, idleNow);
  };
  function idleNow() {
    return new Promise(function (resolve) {
      (function check() {
        var l = JSON.parse(M().UTF8ToString(M()._np_app_layout()));
        // Generation 0 with no documents: a page that never had an input, with nothing to show.
        if (!W.running && !W.queued && !l.receiving && l.generation === l.input_generation &&
            (l.generation > 0 || l.documents === 0)) resolve(l);
        else setTimeout(check, 30);
      })();
    });
  }
  // For tests and demos: answer every analysis with this hand-made one (null: the real worker),
  // after delayMs (default 0) with half-way progress at half of it: a long analysis on demand.
  api.debug = { useFixture: function (analysis, delayMs) { W.fixture = analysis || null; W.fixtureDelay = delayMs || 0; },
    // The number of analysis workers (1 to 4; default: the machine's cores); returns it. Any
    // running analysis is cancelled.
    workers: function (k) { return k == null ? W.size : resizePool(k); },
    // Per worker slot: true once it runs the page's compiled module, false if it compiled its
    // own, null while it starts.
    workerModules: function () { return W.shared.slice(0, W.size); },
    // Workers started from now on compile their own module (on: the fallback when the page
    // cannot compile it), or take the page's again (off). Tests compare the two.
    ownModules: function (on) { W.ownModules = !!on; },
    // Worker `slot` throws on the next analysis it takes, as a crashed worker would. Tests use
    // it to check that a failed worker is restarted and the request fails with a message.
    breakWorker: function (slot) {
      var w = W.pool[slot || 0];
      if (w) w.postMessage({ type: 'break' });
    } };
  api.ui = {
    selectEntity: function (id) { return !!M()._np_app_select_entity(id); },
    showRemoved: function (on) { M()._np_app_show_removed(on ? 1 : 0); },
    // Rectangles of the last frame (CSS pixels): menu items, panels, visible entity highlights.
    layout: function () { return JSON.parse(M().UTF8ToString(M()._np_app_layout())); },
    // The most main-thread time one UI frame took since the last call (ms), and frames counts.
    frameStats: function () {
      var s = JSON.parse(M().UTF8ToString(M()._np_app_frame_stats()));
      s.handler_max = handlerMax;
      s.handler_max_in = handlerMaxName;
      handlerMax = 0;
      handlerMaxName = '';
      return s;
    },
    action: action,
  };

  // ---- 7. A user's issue taxonomy ---------------------------------------------------------------------
  // The worker rebuilds its models with the file in place of assets/issues.json (the loader the
  // CLI's --taxonomy uses). A refused file changes nothing: its error (with the JSON path) is
  // shown and the taxonomy in use stays. An accepted one is re-sent to every new worker (Cancel
  // and out-of-memory restart it) and the input is analysed again with it.
  var TAXONOMY_LIMIT = 8 * 1024 * 1024;  // bytes; the built-in one is ~14 KB
  function setTaxonomy(text, name) {
    var what = text == null ? 'the built-in taxonomy' : name;
    if (text != null && Files.utf8Bytes(text) > TAXONOMY_LIMIT) {
      var big = name + ': too large for a taxonomy (' + Files.mb(Files.utf8Bytes(text)) + '; the limit is ' + Files.mb(TAXONOMY_LIMIT) + ')';
      notice(big + '. ' + keptNote());
      return Promise.resolve({ ok: false, error: big });
    }
    return new Promise(function (resolve) {
      var t = { id: ++T.seq, text: text, name: name, resolve: resolve };
      T.pending.push(t);
      status(0, 'Loading ' + what + '\u2026');
      W.pool.forEach(function (w) { w.postMessage({ type: 'taxonomy', id: t.id, text: text }); });
    });
  }
  function keptNote() {
    return 'The taxonomy in use stays: ' + (T.active ? T.active.name : 'the built-in one') + '.';
  }
  function onTaxonomy(m) {
    var i = T.pending.findIndex(function (t) { return t.id === m.id; });
    if (i < 0) return;  // the re-sent active one (id 0), or one already answered
    var t = T.pending.splice(i, 1)[0];
    if (m.ok) {
      T.active = t.text == null ? null : { name: t.name, text: t.text, issues: m.issues };
      var label = T.active ? T.active.name : '';
      withStrings([label], function (p) { M()._np_app_on_status(0, 6, p); });
      status(0, T.active ? 'Taxonomy ' + t.name + ' loaded: ' + m.issues + ' issue' + (m.issues === 1 ? '' : 's') +
        '. File \u2192 Use built-in taxonomy goes back.' : 'The built-in taxonomy is in use again.');
      t.resolve({ ok: true, error: '', issues: m.issues });
    } else {
      // The loader names the resource it was given (issues.json): name the person's file.
      var err = String(m.error || 'not loaded').split('\n').map(function (l) {
        return l.indexOf('issues.json: ') === 0 ? t.name + ': ' + l.slice(13) : l;
      }).join('\n');
      if (t.text != null && /not valid JSON/.test(err)) {
        try { JSON.parse(t.text); } catch (e) { err += ' (' + e.message + ')'; }
      }
      notice('The taxonomy ' + t.name + ' was not loaded:\n' + err + '\n\n' + keptNote());
      status(1, 'The taxonomy ' + t.name + ' was not loaded. ' + keptNote());
      t.resolve({ ok: false, error: err });
    }
  }
  var taxonomyInput = null;
  function chooseTaxonomy() {
    if (!taxonomyInput) {
      taxonomyInput = document.getElementById('taxonomy-input');
      taxonomyInput.addEventListener('change', function () {
        var f = taxonomyInput.files && taxonomyInput.files[0];
        taxonomyInput.value = '';
        if (f) loadTaxonomyFile(f);
      });
    }
    taxonomyInput.click();
  }
  function loadTaxonomyFile(file) {
    var name = file.name || 'taxonomy.json';
    if (file.size > TAXONOMY_LIMIT) {
      var big = name + ': too large for a taxonomy (' + Files.mb(file.size) + '; the limit is ' + Files.mb(TAXONOMY_LIMIT) + ')';
      notice(big + '. ' + keptNote());
      return Promise.resolve({ ok: false, error: big });
    }
    return file.arrayBuffer().then(function (buf) {
      var r = Files.decode(new Uint8Array(buf));
      if (r.error) { notice('The taxonomy ' + name + ' was not loaded: ' + r.error + '.\n\n' + keptNote()); return { ok: false, error: r.error }; }
      return setTaxonomy(r.text, name);
    }, function (e) {
      notice('The taxonomy ' + name + ' could not be read (' + e.message + '). ' + keptNote());
      return { ok: false, error: e.message };
    });
  }

})();
