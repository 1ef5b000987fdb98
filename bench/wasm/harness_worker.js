// harness_worker.js — the wasm harness (newsprism_bench) in a plain dedicated Web Worker, for
// bench/wasm/split.mjs: the same module and the same calls as on the page's main thread, to
// tell the cost of running in a worker from the cost of the app's worker module.
//   page -> worker  {type:'init', assets:[[name, Uint8Array]]}  -> {type:'ready'}
//                   {type:'run', url, repeat}                    -> {type:'ran', ms:[...], bytes}
importScripts('/wasm/newsprism_bench.js');
var bench = null, driver = null;
self.onmessage = async function (e) {
  var m = e.data;
  if (m.type === 'init') {
    driver = await import('/bench/wasm/driver.mjs');
    bench = new driver.WasmBench(await self.NewsPrismBench({ locateFile: function (p) { return '/wasm/' + p; } }));
    bench.loadModels(m.assets);
    postMessage({ type: 'ready' });
  } else if (m.type === 'run') {
    var pastes = driver.splitPastes(await (await fetch(m.url)).text());
    bench.setDocuments(pastes);
    var ms = [];
    for (var i = 0; i < m.repeat; i++) {
      var t0 = performance.now();
      bench.m._bw_run_pipeline();
      ms.push(performance.now() - t0);
    }
    var bytes = bench.bytes;
    bench.setDocuments([]);
    postMessage({ type: 'ran', ms: ms, bytes: bytes });
  }
};
