// Per-page metadata: each page's own description (its lede), and for the
// site's pages Open Graph / Twitter tags with a preview image, og/NAME.png.
// Set SITE_URL (https://owner.github.io/repo) to make those addresses absolute.

const SITE_NAME = "Pakistan, peacekeeping and the Gaza force";

export const esc = (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The preview image's file name for a route: `/` -> og/home.png, `/embed/map` -> og/embed-map.png. */
const previewFile = (route) => `og/${route === "/" ? "home" : route.slice(1).replace(/\//g, "-")}.png`;

/** A rendered page (`{ path, html, title, lede, preview }`) with its metadata
 *  in the HTML and, when it has a preview, `files` to write: `[[name, bytes]]`.
 *  `site` is where the site is published (SITE_URL, or only its base path),
 *  `siteUrl` the absolute address when known. */
export function withMetadata(page, { site, siteUrl }) {
  let html = page.html;
  if (page.lede) html = html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${esc(page.lede)}">`);
  if (!page.preview) return { ...page, html, files: [] };
  const og = previewFile(page.path);
  const abs = (p) => `${site}/${p}`;
  const head = [
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${esc(page.siteName || SITE_NAME)}">`,
    `<meta property="og:locale" content="${page.lang === "ur" ? "ur_PK" : "en_GB"}">`,
    `<meta property="og:title" content="${esc(page.title)}">`,
    `<meta property="og:description" content="${esc(page.lede)}">`,
    `<meta property="og:image" content="${esc(abs(og))}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${esc(page.lang === "ur" ? `صفحے “${page.title}” کی ایک جھلک` : `A view of the page “${page.title}”`)}">`,
    siteUrl ? `<meta property="og:url" content="${esc(abs(page.path === "/" ? "" : page.path.slice(1) + "/"))}">` : "",
    `<meta name="twitter:card" content="summary_large_image">`,
  ].filter(Boolean).join("\n  ");
  html = html.replace("</head>", `  ${head}\n</head>`);
  return { ...page, html, files: [[og, page.preview]] };
}
