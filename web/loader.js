// loader.js — checks what the page needs (WebAssembly SIMD, WebGL2), sets up window.newsprism
// (the JS hook) and the Emscripten Module, then loads newsprism.js. All paths are relative, so
// dist/ works under any sub-path.
(function () {
  'use strict';
  var statusEl = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var resolveReady, rejectReady;
  var api = {
    version: null,
    ready: new Promise(function (res, rej) { resolveReady = res; rejectReady = rej; }),
  };
  window.newsprism = api;

  function fail(message) {
    statusEl.classList.remove('hidden');
    statusEl.classList.add('error');
    statusText.textContent = message;
    rejectReady(new Error(message));
  }
  window.newsprismFail = fail;
  window.newsprismReady = function (version) {
    api.version = version;
    statusEl.classList.add('hidden');
    resolveReady(api);
  };

  // The analysis worker is built with WebAssembly SIMD and bulk memory (CMakeLists.txt). This
  // module of one function (memory.copy, then i8x16.splat) validates only where both exist.
  var wasmProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
    5, 3, 1, 0, 1, 10, 18, 1, 16, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 65, 0, 253, 15, 11]);
  if (typeof WebAssembly !== 'object' || !WebAssembly.validate(wasmProbe)) {
    fail('NewsPrism needs WebAssembly with SIMD, which this browser does not provide. ' +
      'Try a current Firefox, Chrome or Edge, or Safari 16.4 or later.');
    return;
  }
  var probe = document.createElement('canvas'), gl = probe.getContext('webgl2');
  if (!gl) {
    fail('NewsPrism needs WebGL2, which this browser does not provide. Try a current Firefox, Chrome, Edge or Safari.');
    return;
  }
  // No GPU: every frame is painted on the CPU the analysis needs (main.cpp paints less then).
  var info = gl.getExtension('WEBGL_debug_renderer_info');
  api.softwarePainting = /SwiftShader|llvmpipe|softpipe|software/i.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  var canvas = document.getElementById('canvas');
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  window.Module = {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    setStatus: function (t) { if (t) statusText.textContent = t; },
    onAbort: function (what) { fail('NewsPrism stopped: ' + what); },
  };
  // The UI module (newsprism.js) is started from here, once the checks above have passed (a
  // browser that fails one downloads nothing more), after the page's other scripts have run
  // (bridge.js defines what the module calls).
  document.addEventListener('DOMContentLoaded', function () {
    var s = document.createElement('script');
    s.src = 'newsprism.js';
    s.onerror = function () { fail('NewsPrism could not load newsprism.js from this site. Reload the page to try again.'); };
    document.body.appendChild(s);
  });
})();
