'use strict';
// P-16 and P-17 in Chromium: the cookie banner and the settings page are
// plain forms that work without JavaScript, leave only the accepted kinds
// of cookies in the browser, and pass axe-core and the Nu HTML Checker.

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

test('P16_banner_and_cookie_settings_in_the_browser', { timeout: 180000 }, async () => {
  const { page, checker, context } = await browser.newPage('cookie-choices');
  let res = await page.goto(`${server.baseUrl}/categories`);
  assert.equal(res.status(), 200);
  const banner = page.locator('section.cookie-banner');
  assert.equal(await banner.count(), 1, 'no cookie banner on a first visit');
  await checker.check(page, 'banner', res);

  // "Only necessary cookies": back on the same page, without the banner.
  await Promise.all([page.waitForURL(`${server.baseUrl}/categories`), banner.getByRole('button', { name: 'Only necessary cookies' }).click()]);
  assert.equal(await page.locator('section.cookie-banner').count(), 0, 'the banner stayed after a choice');
  const names = (await context.cookies()).map((c) => c.name);
  assert.ok(names.includes('hanse_cookie_choice'), `cookies: ${names}`);

  // The settings page: one checkbox per optional kind, saved one by one.
  res = await page.goto(`${server.baseUrl}/privacy/cookies`);
  assert.equal(res.status(), 200);
  await checker.check(page, 'cookie-settings', res);
  for (const id of ['statistics', 'advertising', 'partner_tracking', 'promotions'])
    assert.equal(await page.locator(`#accept-${id}`).isChecked(), false, `${id} is ticked after a refusal`);
  await page.locator('#accept-promotions').check();
  await Promise.all([page.waitForURL(/\/privacy\/cookies\?saved=1$/), page.getByRole('button', { name: 'Save my choices' }).click()]);
  assert.match(await page.locator('[data-category="promotions"]').innerText(), /Accepted/);
  assert.match(await page.locator('[data-category="advertising"]').innerText(), /Refused/);
  assert.equal(await page.locator('#accept-promotions').isChecked(), true);
  await checker.check(page, 'cookie-settings-saved', null);
  checker.assertClean();
});
