'use strict';
// The policy pages in Chromium (P-1): each one generated from policy/, and
// each audited with axe-core and validated with the Nu HTML Checker.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('../http/lib/server');
const { launch } = require('./lib/browser');

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

test('P1_policy_pages_render_accessible_valid_html', { timeout: 180000 }, async () => {
  const { page, checker } = await browser.newPage('privacy-pages');
  const pages = [
    ['/privacy', /Privacy policy/i],
    ['/privacy/versions', /Version/],
    ['/privacy/v/1', /Version 1|version 1/],
    ['/privacy/changes', /change|compare|earlier/i],
    ['/', /Trade between companies/],
  ];
  for (const [url, expected] of pages) {
    const res = await page.goto(`${server.baseUrl}${url}`);
    assert.equal(res.status(), 200, url);
    assert.match(await page.content(), expected, url);
    await checker.check(page, url.replace(/\W+/g, '-') || 'home', res);
  }
  // The table of contents links to each clause on the page.
  await page.goto(`${server.baseUrl}/privacy`);
  const anchors = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(anchors.length >= 10, `only ${anchors.length} contents links`);
  for (const href of anchors.slice(0, 5)) {
    assert.equal(await page.locator(href).count(), 1, `no target for ${href}`);
  }
});
