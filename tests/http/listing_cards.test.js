'use strict';
// Listing cards (issue 12): search, category, catalogue, company and home
// pages show each listing as a card with its photo's thumbnail (width and
// height stated), price and minimum order, or an offer's quantity, target
// price and days left; thumbnails are real JPEGs of the stated size, served
// as immutable files.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { PNG_1x1, createCompany, addProduct, postOffer } = require('./lib/market');

let server;
let supplier; let company; let product; let offer; let plain;
const photo = { photo: { filename: 'valve.png', contentType: 'image/png', data: PNG_1x1 } };

before(async () => {
  server = await startServer();
  supplier = new Client(server.baseUrl);
  await registerOk(supplier);
  company = await createCompany(supplier);
  product = await addProduct(supplier, { min_order_quantity: '1', min_order_unit: 'pieces' }, photo);
  plain = await addProduct(supplier, { price_min: '1250.00', price_max: '1800.00', min_order_unit: 'tonnes', min_order_quantity: '3' });
  offer = await postOffer(supplier, { kind: 'sell' });
});
after(async () => { if (server) await server.stop(); });

// The width and height in a JPEG's start-of-frame segment.
function jpegSize(buf) {
  assert.equal(buf.readUInt16BE(0), 0xffd8, 'a JPEG starts with SOI');
  for (let i = 2; i + 9 < buf.length;) {
    assert.equal(buf[i], 0xff, 'a marker');
    const marker = buf[i + 1];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
    }
    i += 2 + buf.readUInt16BE(i + 2);
  }
  throw new Error('no start-of-frame segment');
}

// The card (<article class="card ...">) whose title links `path`.
function cardOf(html, path) {
  const cards = html.split('<article class="card').slice(1).map((c) => c.slice(0, c.indexOf('</article>')));
  return cards.find((c) => c.includes(`href="${path}"`));
}

function assertProductCard(html, where) {
  const card = cardOf(html, product.path);
  assert.ok(card, `${where}: a card for the product`);
  const img = /<img src="(\/upload\/\d+\/160x120\.jpg)" srcset="\/upload\/\d+\/160x120\.jpg 160w, (\/upload\/\d+\/480x360\.jpg) 480w" sizes="[^"]+" width="160" height="120" alt=""/.exec(card);
  assert.ok(img, `${where}: the thumbnail with its size: ${card}`);
  assert.ok(card.includes('12.50 – 18.00 EUR'), `${where}: the price range`);
  assert.ok(card.includes('<dt>Minimum order</dt><dd>1 piece<'), `${where}: minimum order, singular`);
  assert.ok(card.includes(company.fields.name), `${where}: the company`);
  const other = cardOf(html, plain.path);
  if (other) {
    assert.ok(other.includes('card-placeholder'), `${where}: no photo, the CSS placeholder`);
    assert.ok(!other.includes('<img'), `${where}: no image request without a photo`);
    assert.ok(other.includes('1,250.00 – 1,800.00 EUR'), `${where}: thousands separators`);
    assert.ok(other.includes('3 tonnes'), `${where}: the unit in the plural`);
  }
  return img;
}

test('cards_on_search_show_thumbnail_price_and_minimum_order', async () => {
  const word = product.fields.title.split(' ').pop();
  const page = await new Client(server.baseUrl).get(`/search?q=${word}`);
  assert.equal(page.status, 200);
  assertProductCard(page.text, 'search');
  assert.match(cardOf(page.text, product.path), /<p class="card-company"><a [^>]+>[^<]+<\/a><span>DE<\/span><\/p>/, 'the country');
});

test('cards_on_category_catalogue_company_and_home_pages', async () => {
  const visitor = new Client(server.baseUrl);
  for (const [where, path] of [['category', '/category/industrial-machinery/valves'],
    ['catalogue', `${company.path}/products`], ['company page', company.path], ['home', '/']]) {
    const page = await visitor.get(path);
    assert.equal(page.status, 200, `${where}: ${page.status}`);
    assertProductCard(page.text, where);
  }
});

test('offer_cards_show_kind_quantity_target_price_and_days_left', async () => {
  const visitor = new Client(server.baseUrl);
  for (const path of ['/', company.path, '/category/metals-minerals/copper?kind=offer']) {
    const page = await visitor.get(path);
    const card = cardOf(page.text, offer.path);
    assert.ok(card, `${path}: a card for the offer`);
    assert.ok(card.includes('Sell offer'), `${path}: the kind`);
    assert.ok(card.includes('20 tonnes'), `${path}: the quantity`);
    assert.ok(card.includes('7,800.00 EUR'), `${path}: the target price`);
    assert.match(card, /(29|30) days left/, `${path}: days left`);
  }
});

test('thumbnails_are_real_jpegs_of_the_stated_size_cached_for_good', async () => {
  const visitor = new Client(server.baseUrl);
  const page = await visitor.get(`${company.path}/products`);
  const [, small, large] = assertProductCard(page.text, 'catalogue');
  for (const [url, width, height] of [[small, 160, 120], [large, 480, 360]]) {
    const r = await visitor.get(url);
    assert.equal(r.status, 200, url);
    assert.equal(r.headers.get('content-type'), 'image/jpeg');
    assert.equal(r.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(jpegSize(r.body), { width, height }, url);
  }
  const id = /\/upload\/(\d+)\//.exec(small)[1];
  for (const bad of [`/upload/${id}/100x100.jpg`, '/upload/999999/160x120.jpg', `/upload/${id}-x/160x120.jpg`]) {
    assert.equal((await visitor.get(bad)).status, 404, bad);
  }
});

test('home_page_has_search_industries_and_calls_to_action', async () => {
  const page = await new Client(server.baseUrl).get('/');
  assert.equal(page.status, 200);
  assert.match(page.text, /<form method="get" action="\/search" class="search-form" role="search"/);
  assert.match(page.text, /<select id="kind" name="kind">/, 'the kind filter');
  assert.match(page.text, /<select id="category" name="category">/, 'the category filter');
  assert.match(page.text, /<a href="\/category\/industrial-machinery">Industrial Machinery<\/a> <span class="category-counts">\d[\d,]* compan(y|ies) · \d[\d,]* products?<\/span>/, 'industries with counts');
  assert.ok(page.text.includes('href="/register"') && page.text.includes('href="/signin"'), 'register and sign in');
  assert.ok(page.text.includes('Newest sell offers') && page.text.includes('Newest buy offers'));
  const signedIn = await supplier.get('/');
  assert.ok(!signedIn.text.includes('class="calls"'), 'no calls to register for a member');
});

test('every_page_has_the_header_search_box', async () => {
  const visitor = new Client(server.baseUrl);
  for (const path of ['/', '/categories', product.path, '/register', '/privacy']) {
    const page = await visitor.get(path);
    assert.match(page.text, /<form method="get" action="\/search" class="header-search" role="search" aria-label="Site search">/, path);
  }
});
