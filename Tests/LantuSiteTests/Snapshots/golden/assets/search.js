// lantu site search: vanilla JavaScript over data/search-index.js, no server needed.
// Chinese text has no spaces, so a query matches by exact phrase first and otherwise by the
// share of its character pairs (bigrams) that occur in an entry.
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

  function show(form, list, status, index) {
    var query = form.elements.q.value;
    list.textContent = "";
    var results = search(index, query);
    status.textContent = query ? status.getAttribute("data-found").replace("{n}", results.length) : "";
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
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { search: search, normalize: normalize };
    return;
  }
  var form = document.getElementById("search-form");
  if (!form) { return; }
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = root.LANTU_SEARCH_INDEX || [];
  form.hidden = false;
  var initial = new URLSearchParams(root.location.search).get("q");
  if (initial) { form.elements.q.value = initial; show(form, list, status, index); }
  form.addEventListener("submit", function (event) { event.preventDefault(); show(form, list, status, index); });
  form.elements.q.addEventListener("input", function () { show(form, list, status, index); });
})(typeof window !== "undefined" ? window : this);
