// loader.js — sets up window.newsprism (the JS hook) and the Emscripten Module before
// newsprism.js loads. All paths are relative, so dist/ works under any sub-path.
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
})();
