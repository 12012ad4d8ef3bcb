'use strict';
// Public pages rendered for visitors are shared between visitors for a
// short while (web/visitor_page_cache.h). Here the lifetime is a minute, so
// a visitor seeing a change at once can only be the cache being dropped by
// the change; and what one member sees is never shown to anyone else.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { createCompany, addProduct } = require('./lib/market');

let server;
let supplier; let supplierCompany;
let buyer;
before(async () => {
  server = await startServer({ config: { server: { visitor_page_cache_ms: 60000 } } });
  supplier = new Client(server.baseUrl);
  await registerOk(supplier);
  supplierCompany = await createCompany(supplier);
  buyer = new Client(server.baseUrl);
  await registerOk(buyer);
});
after(async () => { if (server) await server.stop(); });

async function visit(path) {
  const page = await new Client(server.baseUrl).get(path);
  assert.equal(page.status, 200, `${path}: ${page.status}`);
  return page;
}

test('M3_an_edited_product_shows_to_visitors_at_once', async () => {
  const product = await addProduct(supplier);
  const title = product.fields.title;
  assert.ok((await visit(supplierCompany.path)).text.includes(title));
  assert.ok((await visit(supplierCompany.path)).text.includes(title), 'second visit, from the cache');
  assert.ok((await visit(product.path)).text.includes(`<h1>${title}</h1>`));

  await supplier.get(`/product/${product.id}/edit`);
  const newTitle = `Brass gate valve ${product.id}`;
  const edited = await supplier.postMultipart(`/product/${product.id}/edit`, {
    ...product.fields, title: newTitle,
  });
  assert.equal(edited.status, 303, edited.text.slice(0, 1500));

  const company = await visit(supplierCompany.path);
  assert.ok(company.text.includes(newTitle), 'the company page lists the new title');
  assert.ok(!company.text.includes(title), 'and not the old one');
  assert.ok((await visit(edited.locationPath)).text.includes(`<h1>${newTitle}</h1>`));
});

// The home page's content is shared by every viewer, members too, for a
// second (web/shared_fragment_cache.h); a change drops it at once.
test('M3_an_edited_product_shows_on_the_home_page_at_once_to_members_and_visitors', async () => {
  const product = await addProduct(supplier);
  const title = product.fields.title;
  for (let i = 0; i < 2; i++) {
    assert.ok((await visit('/')).text.includes(title), `visitor, visit ${i + 1}`);
    assert.ok((await buyer.get('/')).text.includes(title), `member, visit ${i + 1}`);
  }

  await supplier.get(`/product/${product.id}/edit`);
  const newTitle = `Cast iron check valve ${product.id}`;
  const edited = await supplier.postMultipart(`/product/${product.id}/edit`, {
    ...product.fields, title: newTitle,
  });
  assert.equal(edited.status, 303, edited.text.slice(0, 1500));

  for (const [who, page] of [['visitor', await visit('/')], ['member', await buyer.get('/')]]) {
    assert.ok(page.text.includes(newTitle), `${who}: the home page lists the new title`);
    assert.ok(!page.text.includes(title), `${who}: and not the old one`);
  }
  const member = await buyer.get('/');
  assert.ok(member.text.includes('Sign out') && !member.text.includes('class="calls"'), 'the member\'s own layout, no calls to register');
  const visitor = await visit('/');
  assert.ok(!visitor.text.includes('Sign out') && visitor.text.includes('class="calls"'), 'the visitor\'s layout with the calls');
});

// The company page's content is shared by every viewer too, members and
// the company's own preview included (web/company_page.h); a change drops
// it at once.
test('M3_an_edited_product_shows_on_the_company_page_at_once_to_members_and_visitors', async () => {
  const product = await addProduct(supplier);
  const title = product.fields.title;
  for (let i = 0; i < 2; i++) {
    assert.ok((await visit(supplierCompany.path)).text.includes(title), `visitor, visit ${i + 1}`);
    assert.ok((await buyer.get(supplierCompany.path)).text.includes(title), `member, visit ${i + 1}`);
  }

  await supplier.get(`/product/${product.id}/edit`);
  const newTitle = `Ductile iron butterfly valve ${product.id}`;
  const edited = await supplier.postMultipart(`/product/${product.id}/edit`, {
    ...product.fields, title: newTitle,
  });
  assert.equal(edited.status, 303, edited.text.slice(0, 1500));

  const preview = await supplier.get('/company/preview');
  for (const [who, page] of [['visitor', await visit(supplierCompany.path)],
    ['member', await buyer.get(supplierCompany.path)], ['preview', preview]]) {
    assert.equal(page.status, 200, who);
    assert.ok(page.text.includes(newTitle), `${who}: the company page lists the new title`);
    assert.ok(!page.text.includes(title), `${who}: and not the old one`);
  }
  assert.ok(preview.text.includes('This is how visitors see your company page'), 'the preview keeps its banner');
  const member = await buyer.get(supplierCompany.path);
  assert.ok(member.text.includes('Sign out') && !member.text.includes('preview-banner'),
    'the member\'s own layout, without the preview banner');
  const wrongSlug = await new Client(server.baseUrl).get(supplierCompany.path.replace(/-[^/]*$/, '-old-name'));
  assert.equal(wrongSlug.status, 301, 'a shared rendering is only ever found under the company\'s own path');
});

// The product page's content is shared by every viewer, members too
// (web/product_page.h); only the inquiry button and the owner's controls
// are the viewer's own.
test('M3_an_edited_product_shows_on_its_page_at_once_to_members_and_visitors', async () => {
  const product = await addProduct(supplier);
  const title = product.fields.title;
  for (let i = 0; i < 2; i++) {
    const [visitor, member, owner] = [await visit(product.path), await buyer.get(product.path),
      await supplier.get(product.path)];
    for (const [who, page] of [['visitor', visitor], ['member', member], ['owner', owner]]) {
      assert.equal(page.status, 200, `${who}, visit ${i + 1}`);
      assert.ok(page.text.includes(`<h1>${title}</h1>`), `${who}, visit ${i + 1}`);
    }
    assert.ok(!visitor.text.includes('Send an inquiry') && !visitor.text.includes('Edit this product'),
      'a visitor gets neither the inquiry button nor the controls');
    assert.ok(member.text.includes('Send an inquiry') && !member.text.includes('Edit this product'),
      'another company\'s member may inquire, not edit');
    assert.ok(owner.text.includes('Edit this product') && owner.text.includes('Delete this product'),
      'the company\'s member gets the controls');
  }

  await supplier.get(`/product/${product.id}/edit`);
  const newTitle = `Stainless steel globe valve ${product.id}`;
  const edited = await supplier.postMultipart(`/product/${product.id}/edit`, {
    ...product.fields, title: newTitle,
  });
  assert.equal(edited.status, 303, edited.text.slice(0, 1500));
  const newPath = edited.locationPath;
  assert.notEqual(newPath, product.path, 'the new title gives the product a new path');
  for (const [who, client] of [['visitor', new Client(server.baseUrl)], ['member', buyer], ['owner', supplier]]) {
    const page = await client.get(newPath);
    assert.equal(page.status, 200, who);
    assert.ok(page.text.includes(`<h1>${newTitle}</h1>`) && !page.text.includes(title), `${who}: the new title only`);
    const old = await client.get(product.path);
    assert.equal(old.status, 301, `${who}: the old path redirects`);
    assert.equal(old.headers.get('location'), newPath, who);
  }
});

test('M3_a_deleted_product_leaves_visitors_pages_at_once', async () => {
  const product = await addProduct(supplier);
  assert.ok((await visit(supplierCompany.path)).text.includes(product.fields.title));
  await visit(product.path);

  await supplier.get(`/product/${product.id}/edit`);
  const deleted = await supplier.post(`/product/${product.id}/delete`, {});
  assert.equal(deleted.status, 303, deleted.text.slice(0, 1500));

  assert.ok(!(await visit(supplierCompany.path)).text.includes(product.fields.title));
  assert.equal((await new Client(server.baseUrl).get(product.path)).status, 404);
});

test('P12_a_members_page_is_never_served_to_a_visitor_nor_the_reverse', async () => {
  const memberView = await buyer.get(supplierCompany.path);
  assert.equal(memberView.status, 200);
  assert.ok(memberView.text.includes('Sign out'), 'the member sees their own layout');

  const visitorView = await visit(supplierCompany.path);
  assert.ok(!visitorView.text.includes('Sign out'), 'the visitor does not get the member page');
  assert.ok(visitorView.text.includes('href="/signin"'));

  const again = await buyer.get(supplierCompany.path);
  assert.ok(again.text.includes('Sign out'), 'the member does not get the cached visitor page');
});

test('P6_pages_without_forms_set_no_cookie_and_pages_with_forms_do', async () => {
  const visitor = new Client(server.baseUrl);
  const company = await visitor.get(supplierCompany.path);
  assert.equal(company.status, 200);
  assert.equal(company.headers.get('set-cookie'), null, 'a public page sets no cookie');

  const signin = await visitor.get('/signin');
  assert.match(signin.headers.get('set-cookie') || '', /^hanse_csrf=[A-Za-z0-9_-]{43};/, 'a form page sets the CSRF cookie');
  const token = /name="csrf" value="([^"]+)"/.exec(signin.text);
  assert.ok(token && signin.headers.get('set-cookie').startsWith(`hanse_csrf=${token[1]};`),
    'the cookie carries the token of the form');
});
