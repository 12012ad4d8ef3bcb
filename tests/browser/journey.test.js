'use strict';
// A member's journey in Chromium: register, sign out, sign in, the sessions
// page, sign out everywhere. Every page is audited (axe) and validated (vnu).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { newMember } = require('../http/lib/members');
const { fill, submit, path } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

test('journey: register, sign out, sign in, sessions, sign out everywhere', { timeout: 180000 }, async () => {
  const { page, checker } = await browser.newPage('journey');
  const m = newMember();

  let res = await page.goto(`${server.baseUrl}/register`);
  assert.equal(res.status(), 200);
  await checker.check(page, 'register-form', res);
  const reg = 'form[action="/register"]';
  for (const k of ['name', 'email', 'phone', 'address', 'country', 'company_name', 'company_address', 'password']) {
    await fill(page, reg, k, m[k]);
  }
  await fill(page, reg, 'accept_policy', '1');
  res = await submit(page, reg);
  assert.equal(path(page), '/account', `after registering: ${page.url()}`);
  await checker.check(page, 'account', res);

  res = await submit(page, 'form[action="/signout"]');
  assert.equal(path(page), '/');
  await checker.check(page, 'signed-out-home', res);

  res = await page.goto(`${server.baseUrl}/signin`);
  assert.equal(res.status(), 200);
  await checker.check(page, 'signin-form', res);
  await fill(page, 'form[action="/signin"]', 'email', m.email);
  await fill(page, 'form[action="/signin"]', 'password', m.password);
  res = await submit(page, 'form[action="/signin"]');
  assert.equal(path(page), '/account', `after signing in: ${page.url()}`);
  await checker.check(page, 'account-again', res);

  res = await page.goto(`${server.baseUrl}/account/sessions`);
  assert.equal(res.status(), 200);
  assert.ok(await page.locator('li.session').count() >= 1, 'no session listed');
  await checker.check(page, 'sessions', res);

  res = await submit(page, 'form[action="/account/sessions/revoke-all"]');
  assert.match(path(page), /^\/signin/);
  await checker.check(page, 'after-revoke-all', res);

  res = await page.goto(`${server.baseUrl}/account`);
  assert.match(path(page), /^\/signin/, 'still signed in after signing out everywhere');

  checker.assertClean();
});
