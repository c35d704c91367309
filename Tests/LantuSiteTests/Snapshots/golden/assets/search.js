// lantu site search: vanilla JavaScript over data/search-index.js, no server needed.
// Chinese text has no spaces, so a query matches by exact phrase first and otherwise by the
// share of its character pairs (bigrams) that occur in an entry. The entries come in chunks
// (data/search/e<n>.js); the key files (data/search/k<n>.js) say which chunks hold each
// character and each pair of characters, so a query loads only the chunks that can match,
// by script tags, which work from disk (file://) where fetch does not.
(function (root) {
  "use strict";

  function normalize(text) {
    return (text || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function bigrams(text) {
    var chars = Array.from(text.replace(/\s+/g, ""));
    if (chars.length < 2) { return chars; }
    var grams = [];
    for (var i = 0; i + 1 < chars.length; i++) { grams.push(chars[i] + chars[i + 1]); }
    return grams;
  }

  function search(index, query, limit) {
    var q = normalize(query);
    if (!q) { return []; }
    var grams = bigrams(q);
    var results = [];
    index.forEach(function (entry) {
      var title = normalize(entry.t);
      var text = normalize(entry.x);
      var score = 0;
      var at = text.indexOf(q);
      if (title.indexOf(q) >= 0) { score += 20; }
      if (at >= 0) { score += 10; }
      if (score === 0) {
        var hits = grams.filter(function (g) { return title.indexOf(g) >= 0 || text.indexOf(g) >= 0; }).length;
        if (grams.length > 1 && hits / grams.length >= 0.6) { score = 5 * hits / grams.length; }
      }
      if (score > 0) { results.push({ entry: entry, score: score, at: at }); }
    });
    results.sort(function (a, b) { return b.score - a.score || a.entry.t.length - b.entry.t.length; });
    return results.slice(0, limit || 50);
  }

  function snippet(result, query) {
    var text = result.entry.x || "";
    if (result.at < 0) { return text.slice(0, 80); }
    var start = Math.max(0, result.at - 30);
    return (start > 0 ? "…" : "") + text.slice(start, result.at + query.length + 50) + "…";
  }

  // The keys a query needs: its pairs, for the bigram score, and for the exact phrase the
  // pairs of adjacent non-space characters (or its characters, when it has no such pair).
  function queryKeys(q) {
    var grams = bigrams(q);
    var exact = [];
    var chars = Array.from(q);
    for (var i = 0; i + 1 < chars.length; i++) {
      if (!/\s/.test(chars[i]) && !/\s/.test(chars[i + 1])) { exact.push(chars[i] + chars[i + 1]); }
    }
    if (exact.length === 0) { exact = chars.filter(function (c) { return !/\s/.test(c); }); }
    return { grams: grams.length > 1 ? grams : [], exact: exact };
  }

  // FNV-1a over the key's UTF-16 code units; lantu spreads the keys over files the same way.
  function bucket(key, count) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193); }
    return (hash >>> 0) % count;
  }

  // The chunks holding an entry that can score: one with at least 60 % of the query's pairs,
  // or one with every key of its exact phrase. search() then scores their entries only.
  function chunksFor(manifest, lists, keys) {
    var chosen = [];
    for (var c = 0; c < manifest.chunks; c++) {
      var hits = keys.grams.filter(function (g) { return lists[g][c]; }).length;
      var exact = keys.exact.every(function (k) { return lists[k][c]; });
      if (exact || (keys.grams.length > 1 && hits / keys.grams.length >= 0.6)) { chosen.push(c); }
    }
    return chosen;
  }

  // Loads named shards once each; load(name, done) runs the shard's script and calls
  // done(false) when it could not (a file missing on the server): that shard is tried again
  // by the next query, and the query says its results may be incomplete.
  function shardStore(load) {
    var got = {};
    var waiting = {};
    function fetchAll(names, done) {
      var left = names.length;
      if (left === 0) { done(); return; }
      var finish = function () { left -= 1; if (left === 0) { done(); } };
      names.forEach(function (name) {
        if (Object.prototype.hasOwnProperty.call(got, name)) { finish(); return; }
        if (waiting[name]) { waiting[name].push(finish); return; }
        waiting[name] = [finish];
        load(name, function (loaded) {
          if (loaded !== false && !Object.prototype.hasOwnProperty.call(got, name)) { got[name] = null; }
          var callbacks = waiting[name];
          delete waiting[name];
          callbacks.forEach(function (callback) { callback(); });
        });
      });
    }
    return { got: got, fetch: fetchAll };
  }

  // search() over the chunks the query can match, loading what it needs first.
  function searchShards(manifest, store, query, limit, done) {
    var q = normalize(query);
    if (!q) { done([]); return; }
    var keys = queryKeys(q);
    var all = keys.grams.concat(keys.exact);
    var files = [];
    all.forEach(function (key) {
      var name = "k" + bucket(key, manifest.keys);
      if (files.indexOf(name) < 0) { files.push(name); }
    });
    store.fetch(files, function () {
      var lists = {};
      all.forEach(function (key) {
        var shard = store.got["k" + bucket(key, manifest.keys)] || {};
        var present = {};
        var chunk = 0;
        (shard[key] || []).forEach(function (step) { chunk += step; present[chunk] = true; });
        lists[key] = present;
      });
      var chunks = chunksFor(manifest, lists, keys).map(function (c) { return "e" + c; });
      store.fetch(chunks, function () {
        var entries = [];
        chunks.forEach(function (name) { entries = entries.concat(store.got[name] || []); });
        var missing = files.concat(chunks).filter(function (name) { return !store.got[name]; });
        done(search(entries, query, limit), missing);
      });
    });
  }

  function show(form, list, status, manifest, store) {
    var query = form.elements.q.value;
    var asked = show.asked = (show.asked || 0) + 1;
    searchShards(manifest, store, query, 50, function (results, missing) {
      if (asked !== show.asked) { return; }
      list.textContent = "";
      status.textContent = query ? status.getAttribute("data-found").replace("{n}", results.length) : "";
      if (missing && missing.length) { status.textContent += " " + status.getAttribute("data-incomplete"); }
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = result.entry.u;
        link.textContent = result.entry.t;
        var kind = document.createElement("span");
        kind.className = "muted small";
        kind.textContent = " " + result.entry.k;
        var text = document.createElement("p");
        text.className = "small";
        text.textContent = snippet(result, normalize(query));
        item.appendChild(link);
        item.appendChild(kind);
        item.appendChild(text);
        list.appendChild(item);
      });
    });
  }

  var stores = [];
  // Each shard's script hands its data to every store waiting for it.
  root.LANTU_SEARCH_SHARD = function (name, data) {
    stores.forEach(function (store) { store.got[name] = data; });
  };
  function newStore(load) { var store = shardStore(load); stores.push(store); return store; }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { search: search, normalize: normalize, searchShards: searchShards, shardStore: newStore };
    return;
  }
  var form = document.getElementById("search-form");
  var manifest = root.LANTU_SEARCH;
  if (!form || !manifest) { return; }
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var store = newStore(function (name, done) {
    var script = document.createElement("script");
    script.src = manifest.path + name + ".js";
    script.onload = function () { done(true); };
    script.onerror = function () { script.remove(); done(false); };
    document.head.appendChild(script);
  });
  form.hidden = false;
  var initial = new URLSearchParams(root.location.search).get("q");
  if (initial) { form.elements.q.value = initial; show(form, list, status, manifest, store); }
  form.addEventListener("submit", function (event) { event.preventDefault(); show(form, list, status, manifest, store); });
  form.elements.q.addEventListener("input", function () { show(form, list, status, manifest, store); });
})(typeof window !== "undefined" ? window : this);
