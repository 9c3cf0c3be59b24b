// Knight Lab's TimelineJS 3.9 (npm) showing this site's own timeline
// (dist/data/timelinejs.json): the benchmarks' point of comparison.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** A temporary folder with a TimelineJS page over the events of the site
 *  built in `dist`. Returns `{ dir, events, cleanup }`. */
export function timelineJsSite(dist) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "timelinejs-"));
  const pkg = path.join(ROOT, "node_modules/@knight-lab/timelinejs/dist");
  fs.cpSync(pkg, path.join(dir, "timelinejs"), { recursive: true });
  fs.copyFileSync(path.join(dist, "data/timelinejs.json"), path.join(dir, "timeline.json"));
  fs.writeFileSync(path.join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS: Pakistan 1947–2025</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="timelinejs/js/timeline.js"></script>
<script>new TL.Timeline("timeline-embed", "timeline.json", { font: null });</script></body></html>`);
  const events = JSON.parse(fs.readFileSync(path.join(dir, "timeline.json"), "utf8")).events.length;
  return { dir, events, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
