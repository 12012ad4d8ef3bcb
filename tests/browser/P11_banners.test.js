'use strict';
// P-11 in Chromium: the staff banner form (empty, with field errors, the
// list), a banner on the home page with its "Why am I seeing this?" opened
// (for a member, chosen by their company's industry, and for a visitor,
// shown to everyone), the account page that turns targeted promotions and
// arranged pages off, the category directory arranged for a member, and a
// category page with a promotion's reward (featured listings);
// each audited with axe-core and validated with the Nu HTML Checker.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { Client } = require('../http/lib/client');
const { newStaff } = require('../http/lib/staff_accounts');
const { registerOk } = require('../http/lib/members');
const { createCompany, postOffer, PNG_1x1 } = require('../http/lib/market');
const { fill, submit, path } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

function day(offset) { return new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10); }

test('P11_targeted_promotions_banner_and_why_am_i_seeing_this_render_accessible_valid_html', { timeout: 180000 }, async () => {
  const admin = await newStaff(server, 'admin');
  const { page, checker } = await browser.newPage('banners');
  await page.goto(`${server.baseUrl}/staff/signin`);
  await fill(page, 'form[action="/staff/signin"]', 'email', admin.email);
  await fill(page, 'form[action="/staff/signin"]', 'password', admin.password);
  await submit(page, 'form[action="/staff/signin"]');
  assert.equal(path(page), '/staff');

  let res = await page.goto(`${server.baseUrl}/staff/banners`);
  await checker.check(page, 'staff-banners-empty', res);
  res = await page.goto(`${server.baseUrl}/staff/banners/new`);
  await checker.check(page, 'staff-banner-form', res);
  const form = 'form[action="/staff/banners/new"]';
  await fill(page, form, 'text', '   ');  // passes the browser's checks, not the server's
  await fill(page, form, 'link', 'https://user@evil.example/');
  await fill(page, form, 'last_day', day(1));
  res = await submit(page, form);
  assert.equal(res.status(), 400);
  await checker.check(page, 'staff-banner-form-errors', res);

  // A targeted campaign with an image, and one for everyone.
  for (const [text, industries] of [['Machine tools week: meet the makers', ['industrial-machinery']],
    ['Register your company: it is free', []]]) {
    await page.goto(`${server.baseUrl}/staff/banners/new`);
    await fill(page, form, 'text', text);
    await fill(page, form, 'link', '/categories');
    if (industries.length) await fill(page, form, 'industries', industries);
    await fill(page, form, 'first_day', day(0));
    await fill(page, form, 'last_day', day(10));
    if (industries.length) await fill(page, form, 'image', { name: 'b.png', mimeType: 'image/png', buffer: PNG_1x1 });
    res = await submit(page, form);
    assert.equal(path(page), '/staff/banners', await page.content());
  }
  await checker.check(page, 'staff-banners-list', res);

  // Promotions: the staff list and form (with errors), then one running.
  res = await page.goto(`${server.baseUrl}/staff/promotions`);
  await checker.check(page, 'staff-promotions-empty', res);
  res = await page.goto(`${server.baseUrl}/staff/promotions/new`);
  await checker.check(page, 'staff-promotion-form', res);
  const pform = 'form[action="/staff/promotions/new"]';
  await fill(page, pform, 'title', '   ');
  await fill(page, pform, 'reward_days', '0');
  await fill(page, pform, 'last_day', day(5));
  res = await submit(page, pform);
  assert.equal(res.status(), 400);
  await checker.check(page, 'staff-promotion-form-errors', res);
  await fill(page, pform, 'title', 'Post three offers in December');
  await fill(page, pform, 'target', '3');
  await fill(page, pform, 'reward_days', '14');
  res = await submit(page, pform);
  assert.equal(path(page), '/staff/promotions');
  await checker.check(page, 'staff-promotions-list', res);

  // A member whose company makes machine tools (signed in over HTTP, the
  // session cookie handed to the browser).
  const member = new Client(server.baseUrl);
  await registerOk(member);
  await createCompany(member, { industries: ['industrial-machinery/machine-tools', 'toys/building-blocks'] });
  const context = page.context();
  const url = new URL(server.baseUrl);
  const memberPage = await context.browser().newContext();
  const mp = await memberPage.newPage();
  await memberPage.addCookies([...member.jar.entries()].map(([name, c]) => ({
    name, value: c.value, domain: url.hostname, path: '/',
  })));
  res = await mp.goto(`${server.baseUrl}/`);
  assert.equal(res.status(), 200);
  const aside = mp.locator('aside.banner');
  assert.equal(await aside.count(), 1);
  assert.match(await aside.innerText(), /Machine tools week/);
  await mp.locator('aside.banner summary').click();
  assert.match(await mp.locator('aside.banner details').innerText(),
    /your company's industry Industrial Machinery, because you did not turn off targeted promotions/);
  assert.ok(await mp.locator('aside.banner img[src^="/banner/"]').isVisible());
  await checker.check(mp, 'home-member-banner-why-open', res);
  res = await mp.goto(`${server.baseUrl}/categories`);
  assert.match(await mp.locator('p.arranged').innerText(), /Arranged for you/);
  await checker.check(mp, 'categories-arranged', res);
  res = await mp.goto(`${server.baseUrl}/account/promotions`);
  await checker.check(mp, 'account-promotions', res);
  await mp.locator('form[action$="/join"] button').first().click();
  await mp.waitForURL(/\/account\/promotions$/);
  assert.match(await mp.content(), /Progress: <strong>0 of 3<\/strong>/);
  res = await mp.goto(`${server.baseUrl}/account/promotions`);
  await checker.check(mp, 'account-promotions-joined', res);
  // Three offers reach the goal: the member's offers are featured first.
  const offers = [];
  for (let i = 0; i < 3; i++) offers.push(await postOffer(member));
  const featuredVisitor = await browser.newPage('banners-featured');
  res = await featuredVisitor.page.goto(`${server.baseUrl}/category/metals-minerals/copper?kind=offer`);
  const featured = featuredVisitor.page.locator('section.featured');
  assert.equal(await featured.count(), 1);
  assert.match(await featured.innerText(), new RegExp(offers[2].fields.title));
  await featuredVisitor.checker.check(featuredVisitor.page, 'category-featured', res);
  featuredVisitor.checker.assertClean();
  res = await mp.goto(`${server.baseUrl}/account/personalisation`);
  await checker.check(mp, 'account-personalisation', res);
  await mp.locator('form:has(input[value="targeted-promotions"]) button').click();
  await mp.waitForURL(/saved=1/);
  assert.match(await mp.content(), /Turn on targeted promotions/);
  res = await mp.goto(`${server.baseUrl}/`);
  await mp.locator('aside.banner summary').click();
  assert.match(await mp.locator('aside.banner details').innerText(), /No data about you chose this banner/);
  await checker.check(mp, 'home-member-opted-out', res);
  await memberPage.close();

  // A visitor: shown to everyone, on a category page and on search.
  const visitor = await browser.newPage('banners-visitor');
  res = await visitor.page.goto(`${server.baseUrl}/category/toys`);
  await visitor.page.locator('aside.banner summary').click();
  assert.match(await visitor.page.locator('aside.banner details').innerText(), /it is shown to everyone/);
  await visitor.checker.check(visitor.page, 'category-visitor-banner', res);
  res = await visitor.page.goto(`${server.baseUrl}/promotions`);
  assert.match(await visitor.page.content(), /Post three offers in December/);
  await visitor.checker.check(visitor.page, 'promotions-visitor', res);
  res = await visitor.page.goto(`${server.baseUrl}/search?q=tools`);
  assert.equal(await visitor.page.locator('aside.banner').count(), 1);
  await visitor.checker.check(visitor.page, 'search-visitor-banner', res);

  checker.assertClean();
  visitor.checker.assertClean();
});
