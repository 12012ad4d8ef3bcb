'use strict';
// The category directory (M-5): every industry with its sub-categories and
// counts, a page per category, 404 for one that does not exist.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, stripTags } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { createCompany, addProduct } = require('./lib/market');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

const client = () => new Client(server.baseUrl);

test('M5_the_directory_lists_industries_and_sub_categories_with_counts', async () => {
  const r = await client().get('/categories');
  assert.equal(r.status, 200);
  const industries = r.text.match(/<li class="industry">/g) || [];
  assert.ok(industries.length >= 20, `industries: ${industries.length}`);
  assert.match(r.text, /href="\/category\/industrial-machinery\/valves"/);
  assert.match(stripTags(r.text), /\d[\d,]* companies · \d[\d,]* products/);
});

test('M5_category_pages_show_counts_and_unknown_ones_are_404', async () => {
  const c = client();
  const industry = await c.get('/category/industrial-machinery');
  assert.equal(industry.status, 200);
  assert.match(stripTags(industry.text), /companies · \d[\d,]* products · \d[\d,]*\+? active offers/);
  assert.match(industry.text, /href="\/category\/industrial-machinery\/valves"/);
  const sub = await c.get('/category/industrial-machinery/valves?kind=offer&page=2');
  assert.equal(sub.status, 200);
  for (const path of ['/category/no-such-industry', '/category/industrial-machinery/no-such-sub',
    '/category/valves', '/category/%ff', '/category/industrial-machinery/valves/extra']) {
    const r = await c.get(path);
    assert.equal(r.status, 404, `${path}: ${r.status}`);
  }
});

test('M5_a_new_product_is_counted_and_listed_in_its_category', async () => {
  const c = client();
  await registerOk(c);
  const probe = await c.get('/products/new');
  assert.ok(probe.status !== 404 && probe.status !== 405,
    `the catalogue forms are missing: GET /products/new answers ${probe.status}`);
  const count = async () => {
    const r = await client().get('/category/industrial-machinery/pumps');
    assert.equal(r.status, 200);
    return Number(/([\d,]+) products?\b/.exec(stripTags(r.text))[1].replace(/,/g, ''));
  };
  await createCompany(c);
  const before = await count();
  const product = await addProduct(c, { category: 'industrial-machinery/pumps' });
  assert.equal(await count(), before + 1);
  const page = await client().get('/category/industrial-machinery/pumps?kind=product');
  assert.match(page.text, new RegExp(`href="/product/${product.id}-`));
});
