// Readability.js over the article-extraction-benchmark pages, as the benchmark runs
// readability-lxml: node extract.js HTML_DIR OUT_JSON reads every *.html.gz of HTML_DIR and
// writes {"key": {"articleBody": "..."}} (key = file name without .html.gz).
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [htmlDir, outPath] = process.argv.slice(2);
if (!htmlDir || !outPath) {
  console.error("usage: node extract.js HTML_DIR OUT_JSON");
  process.exit(2);
}
// Pages' stylesheets and markup errors are not ours to report.
const quiet = new VirtualConsole();
const out = {};
for (const name of fs.readdirSync(htmlDir).filter((n) => n.endsWith(".html.gz")).sort()) {
  const html = zlib.gunzipSync(fs.readFileSync(path.join(htmlDir, name))).toString("utf8");
  let text = "";
  try {
    const dom = new JSDOM(html, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    text = "";
  }
  out[name.slice(0, -".html.gz".length)] = { articleBody: text };
}
fs.writeFileSync(outPath, JSON.stringify(out));
