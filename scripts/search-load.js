// For scripts/bench: the files the search page loads for each query given, with their sizes.
// Usage: node scripts/search-load.js SITE QUERY...   Prints JSON: per query, files, largest and total bytes.
const fs = require("fs");
const vm = require("vm");
const site = require("path").resolve(process.argv[2]);
global.window = {};
require(site + "/data/search-index.js");
const lantu = require(site + "/assets/search.js");
const manifest = window.LANTU_SEARCH;
let loaded = [];
const store = () => lantu.shardStore((name, done) => {
  const path = site + "/" + manifest.path + name + ".js";
  const text = fs.readFileSync(path, "utf8");
  loaded.push(Buffer.byteLength(text));
  vm.runInThisContext(text);
  done();
});
const manifestSize = fs.statSync(site + "/data/search-index.js").size;
const report = process.argv.slice(3).map(query => {
  loaded = [manifestSize];
  let found = 0;
  lantu.searchShards(manifest, store(), query, 50, results => { found = results.length; });
  return { query, results: found, files: loaded.length, largest: Math.max(...loaded), total: loaded.reduce((a, b) => a + b, 0) };
});
console.log(JSON.stringify(report));
