// The site's icon as PNG images for the web app manifest and for systems that
// do not take an SVG icon (an iOS home screen): drawn from assets/favicon.svg
// by headless Chromium at the build, never kept as a second hand-made copy.
import fs from "node:fs";
import path from "node:path";
import { launch } from "./browser.mjs";

/** The PNG sizes written, as `icon-SIZE.png` at the site's root. */
export const ICON_SIZES = [192, 512];
export const iconFile = (size) => `icon-${size}.png`;

/** Writes icon-192.png and icon-512.png into `dist`, drawn from the built
 *  favicon (favicon-HASH.svg); returns the files written. */
export async function writeIcons(dist) {
  const svg = fs.readdirSync(dist).find((f) => /^favicon.*\.svg$/.test(f));
  if (!svg) throw new Error(`${dist}: no favicon*.svg to draw the icons from`);
  const src = `data:image/svg+xml;base64,${fs.readFileSync(path.join(dist, svg)).toString("base64")}`;
  const browser = await launch();
  try {
    const written = [];
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}" alt="">`);
      await page.waitForFunction(() => document.querySelector("img").complete);
      fs.writeFileSync(path.join(dist, iconFile(size)), await page.screenshot({ omitBackground: true }));
      await page.close();
      written.push(iconFile(size));
    }
    return written;
  } finally {
    await browser.close();
  }
}
