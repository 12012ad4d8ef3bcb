'use strict';
// The product catalogue (M-3): products with a photo, public product pages,
// editing and deleting by the owning company only, and the company's
// catalogue with paging.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { PNG_1x1, createCompany, addProduct } = require('./lib/market');

let server;
let supplier; let supplierCompany;
let rival;
before(async () => {
  server = await startServer();
  supplier = new Client(server.baseUrl);
  await registerOk(supplier);
  supplierCompany = await createCompany(supplier);
  rival = new Client(server.baseUrl);
  await registerOk(rival);
  await createCompany(rival);
});
after(async () => { if (server) await server.stop(); });

const photo = { photo: { filename: 'valve.png', contentType: 'image/png', data: PNG_1x1 } };

test('M3_product_with_photo_has_a_public_page_and_its_image', async () => {
  const product = await addProduct(supplier, { description: 'Full bore.\n\nFor water & oil <b>only</b>.' }, photo);
  const visitor = new Client(server.baseUrl);
  const page = await visitor.get(product.path);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(`<h1>${product.fields.title}</h1>`));
  assert.ok(page.text.includes('<p>For water &amp; oil &lt;b&gt;only&lt;/b&gt;.</p>'), 'description paragraphs, escaped');
  assert.match(page.text, /<th scope="row">Material<\/th><td>AISI 316<\/td>/);
  assert.ok(page.text.includes('12.50 – 18.00 EUR'));
  assert.ok(page.text.includes('100 pieces'));
  assert.ok(page.text.includes('href="/category/industrial-machinery"'));
  assert.ok(page.text.includes('href="/category/industrial-machinery/valves"'));
  assert.ok(page.text.includes(`href="${supplierCompany.path}"`), 'links the company');
  assert.ok(!page.text.includes('Send an inquiry'), 'visitors get no inquiry link');
  const img = /<a href="\/upload\/(\d+)"><img src="\/upload\/\1\/480x360\.jpg" alt="[^"]*" width="480" height="360">/.exec(page.text);
  assert.ok(img, 'the photo is shown, as its thumbnail with its size, linking the image');

  const upload = await visitor.get(`/upload/${img[1]}`);
  assert.equal(upload.status, 200);
  assert.equal(upload.headers.get('content-type'), 'image/png');
  assert.ok(upload.body.equals(PNG_1x1), 'the bytes are the uploaded ones');
  assert.equal(upload.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(upload.headers.get('content-disposition'), `inline; filename="image-${img[1]}.png"`);
  assert.equal(upload.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal((await visitor.get('/upload/999999')).status, 404);

  const member = await rival.get(product.path);
  assert.ok(member.text.includes(`href="/inquiries/new?product=${product.id}"`), 'members may send an inquiry');
});

test('M3_product_urls_wrong_slug_redirects_unknown_is_404', async () => {
  const product = await addProduct(supplier);
  const visitor = new Client(server.baseUrl);
  const wrong = await visitor.get(`/product/${product.id}-something-else`);
  assert.equal(wrong.status, 301);
  assert.equal(wrong.locationPath, product.path);
  assert.equal((await visitor.get(`/product/${product.id}`)).status, 301);
  assert.equal((await visitor.get('/product/99999999-nothing')).status, 404);
  assert.equal((await visitor.get('/product/abc')).status, 404);
});

test('M3_invalid_product_is_refused_with_form_errors', async () => {
  await supplier.get('/products/new');
  const r = await supplier.postMultipart('/products/new', {
    title: '', category: 'industrial-machinery/valves', price_min: '20', price_max: '10', currency: 'EUR',
    spec_name: ['Material'], spec_value: [''],
  });
  assert.equal(r.status, 422);
  assert.ok(r.text.includes('Enter a title.'));
  assert.ok(r.text.includes('The highest price must not be below the lowest.'));
  assert.ok(r.text.includes('both a name and a value'));
  assert.ok(r.text.includes('<optgroup label='), 'categories grouped by industry');
});

test('P12_product_and_offer_forms_mark_public_fields', async () => {
  const product = await supplier.get('/products/new');
  for (const label of ['Title', 'Description', 'Minimum order quantity', 'Highest price per unit', 'Photos']) {
    assert.ok(product.text.includes(`>${label} <span class="public-mark">Public</span></label>`), label);
  }
  const offer = await supplier.get('/offers/new');
  for (const label of ['What', 'Quantity', 'Target price per unit']) {
    assert.ok(offer.text.includes(`>${label} <span class="public-mark">Public</span></label>`), label);
  }
});

test('M3_edit_and_delete_product', async () => {
  const product = await addProduct(supplier, {}, photo);
  const before = await supplier.get(product.path);
  const uploadId = /<a href="\/upload\/(\d+)"><img/.exec(before.text)[1];
  const form = await supplier.get(`/product/${product.id}/edit`);
  assert.equal(form.status, 200);
  assert.ok(form.text.includes(`value="${product.fields.title}"`));
  const edited = await supplier.postMultipart(`/product/${product.id}/edit`, {
    ...product.fields, title: 'Brass gate valve DN50', price_max: '', remove_photo: uploadId,
  });
  assert.equal(edited.status, 303, edited.text.slice(0, 1500));
  assert.equal(edited.locationPath, `/product/${product.id}-brass-gate-valve-dn50`);
  const page = await supplier.get(edited.location);
  assert.ok(page.text.includes('<h1>Brass gate valve DN50</h1>'));
  assert.ok(page.text.includes('from 12.50 EUR'));
  assert.ok(!page.text.includes('<img src="/upload/'), 'the removed photo is gone');
  assert.equal((await supplier.get(`/upload/${uploadId}`)).status, 404);

  await supplier.get(edited.location);
  const deleted = await supplier.post(`/product/${product.id}/delete`, {});
  assert.equal(deleted.status, 303);
  assert.equal(deleted.locationPath, '/company/listings');
  assert.equal((await supplier.get(edited.location)).status, 404);
});

test('M3_another_company_member_gets_403_and_nothing_changes', async () => {
  const product = await addProduct(supplier, {}, photo);
  assert.equal((await rival.get(`/product/${product.id}/edit`)).status, 403);
  await rival.get(product.path);  // a page with the rival's CSRF token
  const edit = await rival.postMultipart(`/product/${product.id}/edit`, { ...product.fields, title: 'Hijacked' });
  assert.equal(edit.status, 403);
  await rival.get(product.path);
  const del = await rival.post(`/product/${product.id}/delete`, {});
  assert.equal(del.status, 403);
  const page = await new Client(server.baseUrl).get(product.path);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(`<h1>${product.fields.title}</h1>`));
  assert.ok(!page.text.includes('Hijacked'));
  // Visitors are sent to sign in.
  const visitor = new Client(server.baseUrl);
  assert.equal((await visitor.get(`/product/${product.id}/edit`)).status, 303);
});

test('M3_member_without_company_is_sent_to_create_one', async () => {
  const loner = new Client(server.baseUrl);
  await registerOk(loner);
  const r = await loner.get('/products/new');
  assert.equal(r.status, 200);
  assert.ok(r.text.includes('href="/company/new"'));
  const listings = await loner.get('/company/listings');
  assert.ok(listings.text.includes('href="/company/new"'));
});

test('M3_company_catalogue_pages_20_per_page', { timeout: 120000 }, async () => {
  const owner = new Client(server.baseUrl);
  await registerOk(owner);
  const company = await createCompany(owner);
  const titles = [];
  for (let i = 0; i < 25; i++) titles.push((await addProduct(owner, { title: `Catalogue item ${String(i).padStart(2, '0')}` })).fields.title);
  const visitor = new Client(server.baseUrl);
  const base = `${company.path}/products`;
  const first = await visitor.get(base);
  assert.equal(first.status, 200);
  const count = (html) => (html.match(/Catalogue item \d\d<\/a>/g) || []).length;
  assert.equal(count(first.text), 20);
  assert.ok(first.text.includes(`rel="next" href="${base}?page=2"`));
  assert.ok(!first.text.includes('rel="prev"'));
  assert.ok(first.text.includes('Catalogue item 24'), 'newest first');
  const second = await visitor.get(`${base}?page=2`);
  assert.equal(count(second.text), 5);
  assert.ok(second.text.includes(`rel="prev" href="${base}?page=1"`));
  assert.ok(!second.text.includes('rel="next"'));
  assert.ok(second.text.includes('Catalogue item 00'));
  const beyond = await visitor.get(`${base}?page=9`);
  assert.equal(beyond.status, 200);
  assert.equal(count(beyond.text), 5, 'a page past the end shows the last page');
  const wrongSlug = await visitor.get(`/company/${company.id}-wrong/products`);
  assert.equal(wrongSlug.status, 301);
  assert.equal(wrongSlug.location, base);

  const listings = await owner.get('/company/listings');
  assert.equal(listings.status, 200);
  assert.equal(count(listings.text), 25);
});
