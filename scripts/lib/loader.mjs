// Each page loads its own app: Trunk's loader (an inline module importing
// Trunk's build of src/main.rs at once, and its preload links) is taken out,
// and the boot script (assets/boot.js) is told which app the page uses: its JS
// glue, its WebAssembly and its data file (the route table's `app` and `data`).
// boot.js fetches and compiles them when the connection allows (after the
// first paint, at idle) and starts the app on the reader's first interaction.

/** Trunk's page with its own loader replaced by `app`'s
 *  (`{ js, wasm, data }`: addresses, `data` may be null). */
export function withApp(html, app) {
  const loader = /<script type="module">[\s\S]*?<\/script>\s*/;
  if (!loader.test(html)) throw new Error("no Trunk loader script found");
  let out = html.replace(loader, "");
  // Trunk preloads its app with high priority: not ours, and not with the page
  out = out.replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/g, (link) => {
    if (/\.(js|wasm)"/.test(link)) return "";
    return link;
  });
  const boot = /<script src="([^"]*\/boot-[0-9a-f]+\.js)"/;
  if (!boot.test(out)) throw new Error("no boot script found");
  const attrs = [`data-app-js="${app.js}"`, `data-app-wasm="${app.wasm}"`];
  if (app.data) attrs.push(`data-app-data="${app.data}"`);
  return out.replace(boot, (m) => `${m} ${attrs.join(" ")}`);
}

/** A rendered page set to load another app than the one that drew it, with
 *  its data (the route table's `live` and `liveData`: a text page loads the
 *  small `cite` app, which keeps the prerendered page and adds the citations'
 *  popover, and the sources the page cites alone). */
export function withLiveApp(html, app) {
  const boot = /<script src="[^"]*\/boot-[0-9a-f]+\.js"[^>]*>/;
  const tag = html.match(boot)?.[0];
  let out = tag;
  for (const [name, value] of [["js", app.js], ["wasm", app.wasm], ["data", app.data]]) {
    const attr = new RegExp(`(\\sdata-app-${name}=")[^"]*(")`);
    if (!out || !attr.test(out)) throw new Error(`no boot script with data-app-${name} found`);
    out = out.replace(attr, (m, a, b) => `${a}${value}${b}`);
  }
  // boot.js holds nothing for an app that keeps the page, and the page needs
  // nothing of it for its first view: the script is written inert, and
  // assets/page.js starts it after `load` (or at the first interaction)
  out = out.replace(/^<script src="([^"]*)"/, '<script data-src="$1" data-app-keeps').replace(/\sintegrity="/, " data-integrity=\"");
  return html.replace(tag, () => out);
}

/** A rendered view's page that starts its keeper first (the route table's
 *  `keep`, `{ js, wasm, states }`): a small app that makes the prerendered
 *  view's first controls work (assets/boot.js) before its full app takes
 *  over; `states`, if any, is the folder of the states it shows
 *  (scripts/lib/states.mjs). */
export function withKeeper(html, keep) {
  const boot = /<script src="[^"]*\/boot-[0-9a-f]+\.js"[^>]*>/;
  const tag = html.match(boot)?.[0];
  if (!tag || !/\sdata-app-wasm="/.test(tag)) throw new Error("no boot script with data-app-wasm found");
  const states = keep.states ? ` data-keep-states="${keep.states}"` : "";
  return html.replace(tag, () => tag.replace(/\sdata-app-wasm="/, ` data-keep-js="${keep.js}" data-keep-wasm="${keep.wasm}"${states}$&`));
}
