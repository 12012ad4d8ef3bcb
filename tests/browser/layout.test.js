'use strict';
// The layout (issue 12) in Chromium on the demo data: the main pages at a
// 360 px phone and a 1280 px screen scroll only downwards (nothing wider
// than the window), with the header search box, and pass axe and the Nu
// checker. The screenshots embedded in the README (docs/screenshots/) are
// taken here, from the demo data, so they stay current.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, prepareInstance, repoRoot } = require('../http/lib/server');
const { launch } = require('./lib/browser');

const screenshots = path.join(repoRoot, 'docs', 'screenshots');

let server;
let browser;
before(async () => {
  const inst = await prepareInstance({});
  const r = inst.run('demo', '--companies', '40', '--seed', '1', { timeoutMs: 120000 });
  assert.equal(r.status, 0, `hanse demo: ${r.stderr}`);
  server = await startServer({ instance: inst });
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

// The pages to look at, found from the home page's own links.
async function mainPages(page) {
  await page.goto(`${server.baseUrl}/`);
  const first = async (selector) => {
    const href = await page.locator(selector).first().getAttribute('href');
    assert.ok(href, `the home page links ${selector}`);
    return href;
  };
  const product = await first('#home-products ~ .cards .card-title a');
  const company = await first('#home-products ~ .cards .card-company a');
  await page.goto(`${server.baseUrl}${product}`);
  // The product's own sub-category, so that the category page has cards.
  const category = await page.locator('.breadcrumb a[href^="/category/"]').last().getAttribute('href');
  assert.ok(category, 'the product page links its category');
  // A word with a page of results, for the search page.
  const titleWords = (await page.locator('h1').innerText()).split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
  let word = titleWords[0] || 'steel';
  for (const candidate of ['steel', 'industrial', 'wholesale', ...titleWords]) {
    await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent(candidate)}`);
    if (await page.locator('.cards .card').count() >= 4) { word = candidate; break; }
  }
  return [
    ['home', '/'], ['search', `/search?q=${encodeURIComponent(word)}`], ['category', category],
    ['company', company], ['product', product], ['registration', '/register'],
  ];
}

test('layout_has_no_horizontal_scrolling_at_360_and_1280_px', { timeout: 300000 }, async () => {
  const phone = await browser.newPage('layout-360', { viewport: { width: 360, height: 740 } });
  const wide = await browser.newPage('layout-1280', { viewport: { width: 1280, height: 800 } });
  const pages = await mainPages(wide.page);
  fs.mkdirSync(screenshots, { recursive: true });
  for (const [{ page, checker }, width] of [[phone, 360], [wide, 1280]]) {
    for (const [name, url] of pages) {
      const res = await page.goto(`${server.baseUrl}${url}`);
      assert.equal(res.status(), 200, `${name} ${url}: ${res.status()}`);
      await checker.check(page, `${name}-${width}`, res);
      const overflow = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
      }));
      assert.ok(overflow.scroll <= overflow.client,
        `${name} at ${width} px scrolls sideways: ${overflow.scroll} > ${overflow.client}`);
      assert.equal(await page.locator('form.header-search input[type=search]').count(), 1, `${name}: header search`);
      if (width === 1280) {
        // The top of the page, at most 1,100 px: small files for the README.
        const height = Math.min(1100, await page.evaluate(() => document.documentElement.scrollHeight));
        await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true,
          clip: { x: 0, y: 0, width: 1280, height } });
      }
    }
    checker.assertClean();
  }
});
