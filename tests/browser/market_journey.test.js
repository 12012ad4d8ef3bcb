'use strict';
// The marketplace in Chromium (issue 4): a supplier registers, creates a
// company, adds a product with a photo and posts a sell offer; a buyer
// registers, searches, finds the product and sends an inquiry; the supplier
// replies and the buyer sees the reply. A visitor who is not signed in sees
// the public company page and none of the private fields. Every page is
// audited (axe) and validated (vnu).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { serverAndBrowser } = require('./lib/session');
const { newMember } = require('../http/lib/members');
const { PNG_1x1 } = require('../http/lib/market');
const { fill, submit, path, registerThroughForm } = require('./lib/forms');

let server;
let browser;
serverAndBrowser((s, b) => { server = s; browser = b; });

function register(page, checker, m, step) {
  return registerThroughForm(page, checker, server.baseUrl, m, step);
}

test('M6_M7_supplier_lists_buyer_finds_and_asks_supplier_replies', { timeout: 300000 }, async () => {
  const word = `Zirkonwerk${Date.now().toString(36)}`;
  const supplier = await browser.newPage('market-supplier');
  const sm = newMember({ name: 'Greta Private-Supplier' });
  await register(supplier.page, supplier.checker, sm, 'supplier');

  // The company, with the public fields marked on the form.
  let res = await supplier.page.goto(`${server.baseUrl}/company/new`);
  assert.equal(res.status(), 200);
  await supplier.checker.check(supplier.page, 'company-form', res);
  assert.ok(await supplier.page.locator('.public-mark').count() >= 3, 'public fields are marked');
  const cf = 'form[action="/company/new"]';
  const companyName = `${word} Präzision GmbH`;
  await fill(supplier.page, cf, 'name', companyName);
  await fill(supplier.page, cf, 'address', 'Am Sandtorkai 1\n20457 Hamburg');
  await fill(supplier.page, cf, 'country', 'DE');
  await fill(supplier.page, cf, 'industries', ['industrial-machinery/valves']);
  await fill(supplier.page, cf, 'description', 'Valves and fittings since 1999.');
  res = await submit(supplier.page, cf);
  assert.match(path(supplier.page), /^\/company\/\d+-/, `after creating the company: ${supplier.page.url()}`);
  const companyPath = path(supplier.page);
  await supplier.checker.check(supplier.page, 'company-page', res);

  // A product with a photo.
  res = await supplier.page.goto(`${server.baseUrl}/products/new`);
  await supplier.checker.check(supplier.page, 'product-form', res);
  const pf = 'form[action="/products/new"]';
  const productTitle = `${word} ball valve DN50`;
  await fill(supplier.page, pf, 'title', productTitle);
  await fill(supplier.page, pf, 'category', 'industrial-machinery/valves');
  await fill(supplier.page, pf, 'description', 'Stainless steel, PN40.');
  await fill(supplier.page, pf, 'photo', { name: 'valve.png', mimeType: 'image/png', buffer: PNG_1x1 });
  res = await submit(supplier.page, pf);
  assert.match(path(supplier.page), /^\/product\/\d+-/, `after adding the product: ${supplier.page.url()}`);
  await supplier.checker.check(supplier.page, 'product-page', res);
  const photo = supplier.page.locator('main img').first();
  assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo loads');

  // A sell offer.
  res = await supplier.page.goto(`${server.baseUrl}/offers/new`);
  await supplier.checker.check(supplier.page, 'offer-form', res);
  const of = 'form[action="/offers/new"]';
  await fill(supplier.page, of, 'kind', 'sell');
  await fill(supplier.page, of, 'title', `${word} surplus valves`);
  await fill(supplier.page, of, 'category', 'industrial-machinery/valves');
  await fill(supplier.page, of, 'quantity', '500');
  res = await submit(supplier.page, of);
  assert.match(path(supplier.page), /^\/offer\/\d+-/, `after posting the offer: ${supplier.page.url()}`);
  await supplier.checker.check(supplier.page, 'offer-page', res);

  // The buyer searches and asks.
  const buyer = await browser.newPage('market-buyer');
  const bm = newMember({ name: 'Bruno Buyer' });
  await register(buyer.page, buyer.checker, bm, 'buyer');
  res = await buyer.page.goto(`${server.baseUrl}/search?q=${encodeURIComponent(`${word} valve`)}`);
  assert.equal(res.status(), 200);
  await buyer.checker.check(buyer.page, 'search-results', res);
  const hit = buyer.page.locator(`main a[href^="/product/"]`).filter({ hasText: 'DN50' }).first();
  assert.ok(await hit.count() > 0, 'the product is found');
  await Promise.all([buyer.page.waitForNavigation({ waitUntil: 'load' }), hit.click()]);
  assert.match(path(buyer.page), /^\/product\/\d+-/);
  const ask = buyer.page.locator('a[href^="/inquiries/new?product="]').first();
  await Promise.all([buyer.page.waitForNavigation({ waitUntil: 'load' }), ask.click()]);
  await buyer.checker.check(buyer.page, 'inquiry-form', null);
  const inf = 'form[action^="/inquiries/new"]';
  const question = 'Can you deliver 300 pieces to Rotterdam in March?';
  await fill(buyer.page, inf, 'message', question);
  res = await submit(buyer.page, inf);
  assert.match(path(buyer.page), /^\/inquiries\/\d+$/);
  const threadPath = path(buyer.page);
  await buyer.checker.check(buyer.page, 'inquiry-thread-buyer', res);

  // The supplier replies from the inbox.
  res = await supplier.page.goto(`${server.baseUrl}/inquiries`);
  await supplier.checker.check(supplier.page, 'inbox', res);
  await Promise.all([supplier.page.waitForNavigation({ waitUntil: 'load' }),
    supplier.page.locator(`a[href="${threadPath}"]`).click()]);
  assert.ok((await supplier.page.textContent('main')).includes(question));
  const answer = 'Yes: 300 pieces, delivered to Rotterdam in the second week of March.';
  await fill(supplier.page, `form[action="${threadPath}/reply"]`, 'message', answer);
  res = await submit(supplier.page, `form[action="${threadPath}/reply"]`);
  await supplier.checker.check(supplier.page, 'inquiry-thread-supplier', res);

  res = await buyer.page.goto(`${server.baseUrl}${threadPath}`);
  assert.ok((await buyer.page.textContent('main')).includes(answer), 'the buyer sees the reply');

  // A visitor sees the public company page and nothing private.
  const visitor = await browser.newPage('market-visitor');
  res = await visitor.page.goto(`${server.baseUrl}${companyPath}`);
  assert.equal(res.status(), 200);
  await visitor.checker.check(visitor.page, 'company-page-visitor', res);
  const text = await visitor.page.textContent('body');
  assert.ok(text.includes(companyName));
  assert.ok(text.includes(productTitle), 'the product is listed on the company page');
  for (const secret of [sm.email, sm.name, sm.phone, sm.company_address, sm.address]) {
    assert.ok(!text.includes(secret), `the visitor must not see ${secret}`);
  }
  res = await visitor.page.goto(`${server.baseUrl}${threadPath}`);
  assert.match(path(visitor.page), /^\/signin/, 'a visitor cannot open the inquiry');

  supplier.checker.assertClean();
  buyer.checker.assertClean();
  visitor.checker.assertClean();
});
