'use strict';
// P-15 in Chromium: a member with a company, a product and an offer opens
// "Your data" from the menu, sees their data grouped by category, downloads
// it (a real .zip whose data.html is valid HTML too), follows a correction
// link, is refused a bad value with the field's error, and sees the
// corrected value on the page. Every page is audited (axe) and validated (vnu).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { serverAndBrowser } = require('./lib/session');
const { Client } = require('../http/lib/client');
const { registerOk } = require('../http/lib/members');
const { PNG_1x1, createCompany, addProduct, postOffer } = require('../http/lib/market');
const { unzip } = require('../http/lib/unzip');
const { validateHtml } = require('./lib/browser');
const { fill, submit, path } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

test('P15_member_data_page_download_and_correction_in_browser', { timeout: 300000 }, async () => {
  const client = new Client(server.baseUrl);
  const m = await registerOk(client);
  await createCompany(client, {}, { logo: { filename: 'logo.png', contentType: 'image/png', data: PNG_1x1 } });
  await addProduct(client);
  await postOffer(client);

  const { page, checker } = await browser.newPage('member-data');
  let res = await page.goto(`${server.baseUrl}/signin`);
  await fill(page, 'form[action="/signin"]', 'email', m.email);
  await fill(page, 'form[action="/signin"]', 'password', m.password);
  await submit(page, 'form[action="/signin"]');
  assert.equal(path(page), '/account');

  // From the menu to the page.
  res = await Promise.all([page.waitForNavigation(), page.locator('nav a[href="/bin/user/edit"]').click()]).then((r) => r[0]);
  assert.equal(path(page), '/bin/user/edit');
  assert.equal(await page.locator('h1').innerText(), 'Your data');
  assert.equal(await page.locator('td.value', { hasText: m.email }).count() >= 1, true, 'e-mail shown');
  assert.ok(await page.locator('section.data-kind').count() >= 5, 'grouped by category');
  await checker.check(page, 'data-page', res);

  // The download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a[href="/bin/user/edit/export.zip"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /^hanse-data-\d+\.zip$/);
  const files = unzip(fs.readFileSync(await download.path()));
  const doc = JSON.parse(files.get('data.json').toString('utf8'));
  const members = doc.tables.find((t) => t.table === 'members');
  assert.equal(members.rows[0].fields['members.email'].value, m.email);
  assert.ok([...files.keys()].some((n) => /^uploads\/\d+\.png$/.test(n)), 'the logo');
  assert.deepEqual(validateHtml(files.get('data.html').toString('utf8')), [], 'data.html is valid HTML');

  // A correction: bad input first, then a good one.
  res = await Promise.all([page.waitForNavigation(), page.locator('a[href="/bin/user/edit/details"]').first().click()]).then((r) => r[0]);
  assert.equal(path(page), '/bin/user/edit/details');
  await checker.check(page, 'details-form', res);
  const form = 'form[action="/bin/user/edit/details"]';
  await fill(page, form, 'name', '');
  res = await submit(page, form);
  assert.equal(res.status(), 422);
  assert.match(await page.locator('#error-name').innerText(), /Enter your name/);
  await checker.check(page, 'details-error', res);
  await fill(page, form, 'name', 'Ada Byron King');
  res = await submit(page, form);
  assert.match(await page.locator('.notice').innerText(), /saved/);
  await checker.check(page, 'details-saved', res);
  res = await page.goto(`${server.baseUrl}/bin/user/edit`);
  assert.equal(await page.locator('td.value', { hasText: 'Ada Byron King' }).count(), 1);
  checker.assertClean();
});
