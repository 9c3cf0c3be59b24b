// Deferring the app: the text is in the page already, so the app must not
// compete with the first paint. Trunk's loader imports the app at once; the
// loader written here only registers `window.ppStartApp`, and assets/boot.js
// calls it when the app is needed (after `load` when the URL carries state,
// otherwise on the reader's first interaction).

/** The page with Trunk's inline loader replaced by the deferred one. */
export function deferLoader(html) {
  const m = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  if (!m) throw new Error("no Trunk loader script found");
  const js = m[1].match(/import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/);
  if (!js) throw new Error("the Trunk loader has an unexpected form; update deferLoader()");
  const [, glue, wasm] = js;
  const loader = `
window.ppStartApp = async () => {
  const bindings = await import('${glue}');
  const wasm = await bindings.default({ module_or_path: '${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
};
dispatchEvent(new Event("pp-loader"));
`;
  return html.replace(m[0], `<script type="module">${loader}</script>`);
}
