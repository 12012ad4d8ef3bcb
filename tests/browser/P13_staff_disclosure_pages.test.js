'use strict';
// S-1, P-13 in Chromium: the support lookup, the disclosure form and list,
// the public transparency page and the member's /account/access, each
// audited with axe-core and validated with the Nu HTML Checker.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { Client } = require('../http/lib/client');
const { registerOk } = require('../http/lib/members');
const { newStaff } = require('../http/lib/staff_accounts');
const { fill, submit, path } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

test('P13_S1_staff_and_disclosure_pages_render_accessible_valid_html', { timeout: 180000 }, async () => {
  const m = await registerOk(new Client(server.baseUrl));
  const officer = await newStaff(server, 'compliance');
  const { page, checker } = await browser.newPage('staff-disclosure-pages');

  let res = await page.goto(`${server.baseUrl}/staff/signin`);
  await fill(page, 'form[action="/staff/signin"]', 'email', officer.email);
  await fill(page, 'form[action="/staff/signin"]', 'password', officer.password);
  await submit(page, 'form[action="/staff/signin"]');
  assert.equal(path(page), '/staff');

  res = await page.goto(`${server.baseUrl}/staff/members`);
  await checker.check(page, 'staff-members-form', res);
  const lookup = 'form[action="/staff/members"]';
  await fill(page, lookup, 'query', m.email);
  await fill(page, lookup, 'purpose', 'third_party_sharing.legal_obligation');
  await fill(page, lookup, 'reason', 'Court order AG HH 12 C 345/26');
  res = await submit(page, lookup);
  assert.equal(res.status(), 200);
  await checker.check(page, 'staff-members-shown', res);
  const id = /Member (\d+)/.exec(await page.locator('h2').first().innerText())[1];

  res = await page.goto(`${server.baseUrl}/staff/disclosures/new`);
  await checker.check(page, 'staff-disclosure-form', res);
  const form = 'form[action="/staff/disclosures/new"]';
  await fill(page, form, 'member', id);
  await fill(page, form, 'categories', ['user.name', 'user.contact']);
  await fill(page, form, 'recipient', 'Amtsgericht Hamburg');
  await fill(page, form, 'basis', 'court-order');
  await fill(page, form, 'reference', 'AG HH 12 C 345/26');
  res = await submit(page, form);
  assert.equal(path(page), '/staff/disclosures');
  await checker.check(page, 'staff-disclosures', res);

  res = await page.goto(`${server.baseUrl}/transparency`);
  assert.match(await page.content(), /Court order/);
  await checker.check(page, 'transparency', res);

  const member = await browser.newPage('staff-disclosure-pages-member');
  await member.page.goto(`${server.baseUrl}/signin`);
  await fill(member.page, 'form[action="/signin"]', 'email', m.email);
  await fill(member.page, 'form[action="/signin"]', 'password', m.password);
  await submit(member.page, 'form[action="/signin"]');
  res = await member.page.goto(`${server.baseUrl}/account/access`);
  assert.match(await member.page.content(), /Amtsgericht Hamburg/);
  await member.checker.check(member.page, 'account-access', res);
  checker.assertClean();
  member.checker.assertClean();
});
