'use strict';
// The policy pages in Chromium (P-1): each one generated from policy/, and
// each audited with axe-core and validated with the Nu HTML Checker.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, repoRoot } = require('../http/lib/server');
const { Client } = require('../http/lib/client');
const { registerOk } = require('../http/lib/members');
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
    ['/', /Find suppliers and buyers/],
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
  checker.assertClean();
});

const DAY = 24 * 3600;

test('P19_change_notice_after_publication_and_member_accepts_in_browser', { timeout: 180000 }, async () => {
  const m = await registerOk(new Client(server.baseUrl));  // pinned to version 1
  let text = fs.readFileSync(path.join(repoRoot, 'policy', 'v1.toml'), 'utf8').replace(/^version = 1$/m, 'version = 2');
  text += '\n[[clause]]\nid = "greeting-by-name"\ntitle = "Greeting you by name"\nopp115 = "First Party Collection/Use"\n' +
    'text = "We greet you by name."\ncategories = ["user.name"]\npurposes = ["personalize"]\nrecipients = ["operator"]\n' +
    'choice = "always"\nretention = "while the account exists"\nrequirements = ["P-19"]\n';
  const file = path.join(server.baseDir, 'v2.toml');
  fs.writeFileSync(file, text);
  const effective = new Date(Date.now() + 31 * DAY * 1000).toISOString().slice(0, 10);
  const published = server.run('policy', 'publish', file, '--effective', effective);
  assert.equal(published.status, 0, published.stderr);

  const { page, checker } = await browser.newPage('policy-change');
  // The running server picks the new version up within seconds.
  let res;
  for (let i = 0; i < 40; i += 1) {
    res = await page.goto(`${server.baseUrl}/`);
    if (await page.locator('.notice').count()) break;
    await page.waitForTimeout(250);
  }
  assert.equal(await page.locator('.notice').count(), 1, 'no change notice after publication');
  await checker.check(page, 'notice', res);
  res = await Promise.all([page.waitForNavigation(), page.locator('.notice a').click()]).then((r) => r[0]);
  assert.match(page.url(), /\/privacy\/changes\?from=1&to=2/);
  assert.match(await page.content(), /greeting-by-name|Greeting you by name/);
  await checker.check(page, 'changes-1-2', res);

  // The effective date passes: the same database, the clock 32 days on.
  await server.stop({ keep: true });
  server = await startServer({ instance: server, env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(32 * DAY) } });
  res = await page.goto(`${server.baseUrl}/signin`);
  await page.locator('form[action="/signin"] [name="email"]').fill(m.email);
  await page.locator('form[action="/signin"] [name="password"]').fill(m.password);
  res = await Promise.all([page.waitForNavigation(), page.locator('form[action="/signin"] button').click()]).then((r) => r[0]);
  assert.match(await page.locator('.notice').innerText(), /Version 2/);
  await checker.check(page, 'account-notice', res);
  res = await Promise.all([page.waitForNavigation(), page.locator('.notice a').click()]).then((r) => r[0]);
  assert.equal(new URL(page.url()).pathname, '/account/policy');
  await checker.check(page, 'accept-offer', res);
  res = await Promise.all([page.waitForNavigation(), page.locator('form[action="/account/policy"] button').click()]).then((r) => r[0]);
  assert.equal(new URL(page.url()).pathname, '/account');
  assert.equal(await page.locator('.notice').count(), 0, 'notice still shown after accepting');
  assert.match(await page.content(), /version 2 of the/);
  await checker.check(page, 'accepted', res);
  checker.assertClean();
});
