// cjs.js — a tiny CommonJS loader for a benchmark page: wink-nlp and its model are published
// as CommonJS only and no bundler is installed, so the page fetches each module file from the
// local 127.0.0.1 server (synchronous XHR, as require() is synchronous) and evaluates it with a
// `require` that resolves relative paths against the file and bare names through
// /node_modules/<name>/package.json "main". JSON files are parsed. Benchmark tooling only:
// the shipped page never loads this.
(function () {
  'use strict';
  var cache = Object.create(null);

  function fetchText(url) {
    var x = new XMLHttpRequest();
    x.open('GET', url, false);
    x.send(null);
    if (x.status !== 200) throw new Error('cjs.js: ' + url + ' -> HTTP ' + x.status);
    return x.responseText;
  }

  function resolve(from, spec) {
    if (spec.charAt(0) === '.' || spec.charAt(0) === '/') {
      var u = new URL(spec, from).href;
      return /\.(js|cjs|json)$/.test(u) ? u : u + '.js';
    }
    var base = new URL('/node_modules/' + spec + '/', location.href).href;
    var pkg = JSON.parse(fetchText(base + 'package.json'));
    return resolve(base, './' + (pkg.main || 'index.js').replace(/^\.\//, ''));
  }

  function load(url) {
    if (cache[url]) return cache[url].exports;
    var module = { exports: {} };
    cache[url] = module;
    var src = fetchText(url);
    if (/\.json$/.test(url)) {
      module.exports = JSON.parse(src);
    } else {
      var fn = new Function('module', 'exports', 'require', src + '\n//# sourceURL=' + url);
      fn(module, module.exports, function (spec) { return load(resolve(url, spec)); });
    }
    return module.exports;
  }

  window.cjsRequire = function (spec) { return load(resolve(location.href, spec)); };
})();
