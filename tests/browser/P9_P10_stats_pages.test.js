'use strict';
// P-9, P-10 in Chromium: the statistics dashboard with its SVG charts and
// data tables (with data, without data, and with a wrong range) and the
// exports page (empty, with a field error, and listing an export), each
// audited with axe-core and validated with the Nu HTML Checker.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { Client } = require('../http/lib/client');
const { newStaff } = require('../http/lib/staff_accounts');
const { dayNumber, insertCount, exportStats } = require('../http/lib/stats');
const { fill, submit, path } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

async function signIn(page, who) {
  await page.goto(`${server.baseUrl}/staff/signin`);
  await fill(page, 'form[action="/staff/signin"]', 'email', who.email);
  await fill(page, 'form[action="/staff/signin"]', 'password', who.password);
  await submit(page, 'form[action="/staff/signin"]');
  assert.equal(path(page), '/staff');
}

test('P9_P10_statistics_pages_render_accessible_valid_html', { timeout: 180000 }, async () => {
  // Counts of the last days, one value hostile.
  for (let k = 1; k <= 5; k++) {
    const day = dayNumber(-k);
    insertCount(server, day, 'views', '', 100 + k);
    insertCount(server, day, 'requests', '', 150 + k);
    insertCount(server, day, 'visitors', '', 20 + k);
    insertCount(server, day, 'page', '/company/{id}', 60 + k);
    insertCount(server, day, 'section', 'company', 60 + k);
    insertCount(server, day, 'browser', 'Firefox 121', 50);
    insertCount(server, day, 'device', 'desktop', 70);
    insertCount(server, day, 'status', '2xx', 140);
    insertCount(server, day, 'referrer', '<img src=x onerror=alert(1)>"&\'.example', 3);
  }
  const admin = await newStaff(server, 'admin');
  const officer = await newStaff(server, 'compliance');

  const { page, checker } = await browser.newPage('stats-dashboard');
  await signIn(page, admin);
  let res = await page.goto(`${server.baseUrl}/staff/stats`);
  assert.equal(res.status(), 200);
  assert.equal(await page.locator('svg.chart[role="img"]').count(), 8);
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'a stored value became markup');
  await checker.check(page, 'stats-dashboard', res);

  res = await page.goto(`${server.baseUrl}/staff/stats?from=2001-01-01&to=2001-01-31`);
  assert.match(await page.content(), /No statistics were recorded/);
  await checker.check(page, 'stats-dashboard-empty', res);

  await fill(page, 'form[action="/staff/stats"]', 'from', '2026-12-31');
  await fill(page, 'form[action="/staff/stats"]', 'to', '2026-01-01');
  res = await submit(page, 'form[action="/staff/stats"]');
  assert.equal(res.status(), 400);
  await checker.check(page, 'stats-dashboard-error', res);

  const exporter = await browser.newPage('stats-exports');
  await signIn(exporter.page, officer);
  res = await exporter.page.goto(`${server.baseUrl}/staff/stats/exports`);
  await exporter.checker.check(exporter.page, 'stats-exports-empty', res);
  const form = 'form[action="/staff/stats/exports"]';
  await fill(exporter.page, form, 'recipient', '   ');  // passes the browser's checks, not the server's
  res = await submit(exporter.page, form);
  assert.equal(res.status(), 422);
  await exporter.checker.check(exporter.page, 'stats-exports-error', res);

  // An export (made over HTTP: the browser would download it), then listed.
  const client = new Client(server.baseUrl);
  await client.get('/staff/signin');
  assert.equal((await client.post('/staff/signin', { email: officer.email, password: officer.password })).status, 303);
  const made = await exportStats(client, { period: 'day', start: new Date((dayNumber(-5)) * 86400000).toISOString().slice(0, 10), count: '5' });
  assert.equal(made.status, 200);
  res = await exporter.page.goto(`${server.baseUrl}/staff/stats/exports`);
  assert.match(await exporter.page.content(), /Statistisches Landesamt/);
  await exporter.checker.check(exporter.page, 'stats-exports-listed', res);

  checker.assertClean();
  exporter.checker.assertClean();
});
