'use strict';
// P-15 erasure in Chromium: "Delete my account" from the account page, a
// wrong password and a missing confirmation (the form again), then the
// erasure and the page that says what is kept. Every page is audited (axe)
// and validated (vnu).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { newMember } = require('../http/lib/members');
const { fill, submit, path, registerThroughForm } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

test('P15_erasure_pages_in_a_browser', { timeout: 180000 }, async () => {
  const { page, checker } = await browser.newPage('erasure');
  const m = newMember();
  await registerThroughForm(page, checker, server.baseUrl, m, 'erasure');
  let res;

  const [shown] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('link', { name: 'Delete my account' }).click(),
  ]);
  assert.equal(path(page), '/bin/user/edit/delete');
  await checker.check(page, 'delete-form', shown);

  const form = 'form[action="/bin/user/edit/delete"]';
  await fill(page, form, 'password', 'not-the-password');
  await fill(page, form, 'confirm', '1');
  res = await submit(page, form);
  assert.equal(res.status(), 422);
  assert.match(await page.textContent('main'), /not your current password/);
  await checker.check(page, 'delete-wrong-password', res);

  await fill(page, form, 'password', m.password);
  res = await submit(page, form);
  assert.equal(res.status(), 422);
  assert.match(await page.textContent('main'), /Tick the box/);
  await checker.check(page, 'delete-not-confirmed', res);

  await fill(page, form, 'password', m.password);
  await fill(page, form, 'confirm', '1');
  res = await submit(page, form);
  assert.equal(path(page), '/bin/user/edit/deleted');
  assert.match(await page.textContent('main'), /Erasure is complete/);
  assert.match(await page.textContent('main'), /retained because/);
  await checker.check(page, 'deleted', res);

  res = await page.goto(`${server.baseUrl}/account`);
  assert.match(path(page), /^\/signin/, 'signed out after erasure');
  checker.assertClean();
});
