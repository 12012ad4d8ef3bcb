'use strict';
// P-11 in Chromium: the member's contact choices page (saved through the
// form), the staff campaign form with its errors, the preview, the sent
// campaign, and the unsubscribe page and its answer, each audited with
// axe-core and validated with the Nu HTML Checker.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { Client } = require('../http/lib/client');
const { registerOk } = require('../http/lib/members');
const { newStaff } = require('../http/lib/staff_accounts');
const { waitForMail } = require('../http/lib/mail');
const { fill, submit, path } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

test('P11_marketing_email_pages_render_accessible_valid_html', { timeout: 240000 }, async () => {
  const m = await registerOk(new Client(server.baseUrl));
  const member = await browser.newPage('marketing-member');
  await member.page.goto(`${server.baseUrl}/signin`);
  await fill(member.page, 'form[action="/signin"]', 'email', m.email);
  await fill(member.page, 'form[action="/signin"]', 'password', m.password);
  await submit(member.page, 'form[action="/signin"]');
  let res = await Promise.all([member.page.waitForNavigation(), member.page.locator('a[href="/account/messages"]').first().click()]).then((r) => r[0]);
  assert.equal(path(member.page), '/account/messages');
  await member.checker.check(member.page, 'account-messages', res);
  await member.page.locator('input[name="phone"]').uncheck();
  res = await submit(member.page, 'form[action="/account/messages"]');
  assert.equal(path(member.page), '/account/messages');
  assert.equal(await member.page.locator('input[name="phone"]').isChecked(), false);
  await member.checker.check(member.page, 'account-messages-saved', res);

  const admin = await newStaff(server, 'admin');
  const { page, checker } = await browser.newPage('marketing-staff');
  await page.goto(`${server.baseUrl}/staff/signin`);
  await fill(page, 'form[action="/staff/signin"]', 'email', admin.email);
  await fill(page, 'form[action="/staff/signin"]', 'password', admin.password);
  await submit(page, 'form[action="/staff/signin"]');
  res = await Promise.all([page.waitForNavigation(), page.locator('a[href="/staff/campaigns"]').click()]).then((r) => r[0]);
  await checker.check(page, 'staff-campaigns', res);
  const form = 'form[action="/staff/campaigns"]';
  res = await submit(page, form);  // nothing filled in
  assert.equal(res.status(), 400);
  await checker.check(page, 'staff-campaigns-errors', res);
  await fill(page, form, 'topic', 'newsletter');
  await fill(page, form, 'subject', 'Our newsletter');
  await fill(page, form, 'body', 'What is new on the marketplace this month.');
  res = await submit(page, form);
  assert.match(path(page), /^\/staff\/campaigns\/\d+$/);
  await checker.check(page, 'staff-campaign-preview', res);
  res = await submit(page, 'form[action$="/send"]');
  assert.equal(res.status(), 200);
  await checker.check(page, 'staff-campaign-sent', res);

  const mail = await waitForMail({ to: m.email, subjectIncludes: 'Our newsletter' });
  const url = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1];
  const visitor = await browser.newPage('marketing-unsubscribe');
  res = await visitor.page.goto(url);
  await visitor.checker.check(visitor.page, 'unsubscribe', res);
  res = await submit(visitor.page, 'form[method="post"][action^="/unsubscribe/"]');
  assert.equal(res.status(), 200);
  assert.match(await visitor.page.locator('h1').innerText(), /unsubscribed/);
  await visitor.checker.check(visitor.page, 'unsubscribed', res);
  res = await visitor.page.goto(`${server.baseUrl}/unsubscribe/not-a-token`);
  assert.equal(res.status(), 404);
  await visitor.checker.check(visitor.page, 'unsubscribe-unknown', res);
});
