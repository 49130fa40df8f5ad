// Makes the copy of MTN's collection OpenAPI file that Prism serves (node prism-spec.js IN OUT):
// 1. Response and request "content" keyed by names that are not media types (MTN's file has
//    "Successful request to pay", "Payer not found", ...) are dropped: Prism 5.14.2 dies on them with
//    "TypeError: invalid media type" at the first request to that path.
// 2. Paths get the server URL's path (/collection) in front, so Prism answers the same paths as
//    momo-sim and WireMock; Prism itself ignores the servers' base path.
const fs = require("fs");
const [input, output] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(input, "utf8"));
const mediaType = /^[\w.+*-]+\/[\w.+*-]+(\s*;.*)?$/;
let dropped = 0;

function cleanContent(holder) {
  if (holder && holder.content) {
    for (const key of Object.keys(holder.content)) {
      if (!mediaType.test(key)) {
        delete holder.content[key];
        dropped++;
      }
    }
  }
}

const base = new URL(spec.servers && spec.servers[0] ? spec.servers[0].url : "http://x/").pathname.replace(/\/$/, "");
const paths = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const operation of Object.values(item)) {
    if (operation && typeof operation === "object") {
      cleanContent(operation.requestBody);
      for (const response of Object.values(operation.responses || {})) {
        cleanContent(response);
      }
    }
  }
  paths[base + path] = item;
}
spec.paths = paths;
fs.writeFileSync(output, JSON.stringify(spec));
console.log(`prism spec: ${Object.keys(paths).length} paths under ${base || "/"}, ${dropped} non-media-type contents dropped`);
