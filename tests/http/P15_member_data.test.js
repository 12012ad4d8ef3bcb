'use strict';
// P-15: a member sees everything held about them at /bin/user/edit, grouped
// by data category, with where each item is corrected; every correction
// link leads to a form that changes the value (and refuses bad input,
// changing nothing; a new e-mail address needs the current password); the download is one real .zip with data.json,
// data.html and the member's uploads, audited as member.data_export.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, fieldErrors } = require('./lib/client');
const { newMember, registerOk, signInOk } = require('./lib/members');
const { PNG_1x1, createCompany, companyFields, addProduct, productFields, postOffer, offerFields } = require('./lib/market');
const { unzip } = require('./lib/unzip');
const { sql } = require('./lib/sql');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

const png = (name) => ({ filename: name, contentType: 'image/png', data: PNG_1x1 });

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m, e) => ENTITIES[e]);
const text = (s) => decode(s.replace(/<[^>]*>/g, '')).trim();

// The rows of the page's data tables: {field, value, href} (href: where it
// is corrected, or null).
function dataItems(html) {
  const items = [];
  const rows = /<tr>\s*<th scope="row">([\s\S]*?)<\/th>\s*<td class="value" id="[^"]*">([\s\S]*?)<\/td>[\s\S]*?<td>([\s\S]*?)<\/td>\s*<\/tr>/g;
  let m;
  while ((m = rows.exec(html))) {
    const field = /<code>([^<]+)<\/code>/.exec(m[1])[1];
    // The last cell: the correction link.
    const cells = m[0].split('<td');
    const last = cells[cells.length - 1];
    const link = /<a href="([^"]+)">/.exec(last);
    items.push({ field, value: text(m[2]), href: link ? decode(link[1]) : null });
  }
  return items;
}

function valuesOf(html, field) {
  return dataItems(html).filter((i) => i.field === field).map((i) => i.value);
}

// A member with a company (with logo), a product (with photo) and an offer.
async function memberWithEverything() {
  const client = new Client(server.baseUrl);
  const member = await registerOk(client, newMember());
  const company = await createCompany(client, {}, { logo: png('logo.png') });
  const product = await addProduct(client, {}, { photo: png('photo.png') });
  const offer = await postOffer(client);
  await client.get('/account/profile');
  const profile = await client.post('/account/profile', { public_name: 'Ada L.', public_title: 'Engineer' });
  assert.equal(profile.status, 303);
  return { client, member, company, product, offer };
}

test('P15_member_data_page_needs_sign_in', async () => {
  const visitor = new Client(server.baseUrl);
  for (const path of ['/bin/user/edit', '/bin/user/edit/export.zip', '/bin/user/edit/details']) {
    const r = await visitor.get(path);
    assert.equal(r.status, 303, path);
    assert.equal(r.locationPath, '/signin', path);
  }
});

test('P15_member_data_page_shows_everything_by_category', async () => {
  const { client, member, company, product, offer } = await memberWithEverything();
  const account = await client.get('/account');
  assert.ok(account.text.includes('href="/bin/user/edit"'), 'linked from /account');
  const r = await client.get('/bin/user/edit');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('cache-control'), /no-store/);
  const html = r.text;
  assert.deepEqual(valuesOf(html, 'members.email'), [member.email]);
  assert.deepEqual(valuesOf(html, 'members.name'), [member.name]);
  assert.deepEqual(valuesOf(html, 'members.phone'), ['+49301234567']);
  assert.deepEqual(valuesOf(html, 'members.public_name'), ['Ada L.']);
  assert.deepEqual(valuesOf(html, 'companies.name'), [company.fields.name]);
  assert.ok(valuesOf(html, 'products.title').includes(product.fields.title));
  assert.ok(valuesOf(html, 'offers.title').includes(offer.fields.title));
  assert.deepEqual(valuesOf(html, 'members.password_hash'), ['held, not shown (a one-way hash)']);
  assert.ok(!html.includes('$argon2'), 'no password hash on the page');
  // Grouped by category, with version, purposes and who may see it.
  for (const heading of ['id="user-contact-email"', 'id="user-name"', 'id="user-content-public"'])
    assert.ok(html.includes(heading), heading);
  const row = /<tr>\s*<th scope="row">[^<]*<br><code>companies\.name<\/code>[\s\S]*?<\/tr>/.exec(html)[0];
  const cells = row.split('<td').slice(1).map((c) => text(`<td${c}`));
  assert.equal(cells[1], '1', 'collected under policy version 1');
  assert.match(cells[2], /everyone who uses this site/, 'public');
  assert.match(cells[2], /other members of your company/);
  const emailRow = /<tr>\s*<th scope="row">[^<]*<br><code>members\.email<\/code>[\s\S]*?<\/tr>/.exec(html)[0];
  assert.equal(text(`<td${emailRow.split('<td')[3]}`), 'you', 'the e-mail address is seen by nobody else');
  // The purposes and recipients of each kind of data, per policy version.
  const org = /<section class="data-kind" aria-labelledby="user-contact-organization">[\s\S]*?<\/section>/.exec(html)[0];
  assert.match(text(org), /Under policy version 1, used for: [^.]*Essential for Service/);
  assert.match(text(org), /may be seen by: [^.]*who runs this site/);
  // The sections after the data.
  for (const id of ['consent-history', 'sessions', 'inquiries', 'staff-views', 'kept'])
    assert.ok(html.includes(`<h2 id="${id}">`), id);
  assert.ok(html.includes('href="/account/sessions"'));
  assert.match(html, /policy_version 1 \(accepted\), on \/register/);
  assert.match(html, /retained because/);
  assert.ok(html.includes('href="/bin/user/edit/export.zip"'));
});

test('P15_download_is_a_zip_of_json_html_and_uploads', async () => {
  const { client, member, product } = await memberWithEverything();
  const r = await client.get('/bin/user/edit/export.zip');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'application/zip');
  assert.match(r.headers.get('content-disposition'), /^attachment; filename="hanse-data-\d+\.zip"$/);
  assert.match(r.headers.get('cache-control'), /no-store/);
  const files = unzip(r.body);
  assert.ok(files.has('data.json') && files.has('data.html'), [...files.keys()].join(', '));
  const uploads = [...files.keys()].filter((n) => n.startsWith('uploads/'));
  assert.equal(uploads.length, 2, 'the logo and the photo');
  for (const name of uploads) {
    assert.match(name, /^uploads\/\d+\.png$/);
    assert.ok(files.get(name).equals(PNG_1x1), name);
  }
  const doc = JSON.parse(files.get('data.json').toString('utf8'));
  assert.equal(doc.version, 1);
  assert.match(doc.generated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const members = doc.tables.find((t) => t.table === 'members');
  const email = members.rows[0].fields['members.email'];
  assert.deepEqual(email, { category: 'user.contact.email', value: member.email, public: false });
  assert.equal(members.rows[0].fields['members.password_hash'].value, null);
  const products = doc.tables.find((t) => t.table === 'products');
  assert.ok(products.rows.some((p) => p.fields['products.title'].value === product.fields.title));
  const ledger = doc.tables.find((t) => t.table === 'consent_ledger');
  assert.match(ledger.retention.statement, /retained because/);
  assert.equal(doc.consent_history.length, ledger.rows.length);
  const uploadRows = doc.tables.find((t) => t.table === 'uploads').rows;
  assert.deepEqual(uploadRows.map((u) => u.fields['uploads.data'].file).sort(), uploads.sort());
  const html = files.get('data.html').toString('utf8');
  assert.ok(html.includes(member.email));
  assert.ok(html.includes('<h1>Your data</h1>'));
  assert.ok(!/name="csrf" value="[^"]+"/.test(html), 'no form token in the file');
  // Audited.
  const actions = sql(server, `SELECT action FROM audit_log WHERE actor_id = ${members.rows[0].id} ORDER BY id`);
  assert.match(actions, /member\.data_export/);
});

// Each kind of correction link, with the change it makes and the field it changes.
const corrections = {
  '/bin/user/edit/details': async (c, ctx) => {
    const form = await c.get('/bin/user/edit/details');
    assert.equal(form.status, 200);
    ctx.newEmail = `changed.${Date.now()}${Math.random().toString(16).slice(2, 8)}@example.com`;
    const r = await c.post('/bin/user/edit/details', {
      name: 'Ada King', email: ctx.newEmail, phone: '+44 20 7946 0000', address: 'St James Square 12',
      country: 'GB', company_name: 'King Engines', company_address: 'Ockham Park 1',
      current_password: ctx.member.password,
    });
    assert.equal(r.status, 303, r.text.slice(0, 1500));
    return { 'members.name': 'Ada King', 'members.email': ctx.newEmail, 'members.phone': '+442079460000',
      'members.address': 'St James Square 12', 'members.country': 'GB',
      'members.company_name': 'King Engines', 'members.company_address': 'Ockham Park 1' };
  },
  '/account/profile': async (c) => {
    await c.get('/account/profile');
    const r = await c.post('/account/profile', { public_name: 'Countess L.', public_title: 'Analyst' });
    assert.equal(r.status, 303);
    return { 'members.public_name': 'Countess L.', 'members.public_title': 'Analyst' };
  },
  '/account/password': async (c, ctx) => {
    await c.get('/account/password');
    const next = `${ctx.member.password}-new`;
    const r = await c.post('/account/password', { current_password: ctx.member.password, new_password: next });
    assert.equal(r.status, 303, r.text.slice(0, 1500));
    ctx.member.password = next;
    return {};
  },
  '/company/edit': async (c, ctx) => {
    const form = await c.get('/company/edit');
    const id = /name="company_id" value="(\d+)"/.exec(form.text)[1];
    const r = await c.postMultipart('/company/edit', companyFields({ name: 'Corrected Works', company_id: id, description: 'Corrected description.' }));
    assert.equal(r.status, 303, r.text.slice(0, 1500));
    ctx.companyId = id;
    return { 'companies.name': 'Corrected Works', 'companies.description': 'Corrected description.' };
  },
  product: async (c, ctx, href) => {
    await c.get(href);
    const r = await c.postMultipart(href, { ...ctx.product.fields, title: 'Corrected valve' });
    assert.equal(r.status, 303, r.text.slice(0, 1500));
    return { 'products.title': 'Corrected valve' };
  },
  offer: async (c, ctx, href) => {
    await c.get(href);
    const r = await c.post(href, { ...ctx.offer.fields, title: 'Corrected offer' });
    assert.equal(r.status, 303, r.text.slice(0, 1500));
    return { 'offers.title': 'Corrected offer' };
  },
};

function correctionKind(href) {
  if (/^\/product\/\d+\/edit$/.test(href)) return 'product';
  if (/^\/offer\/\d+\/edit$/.test(href)) return 'offer';
  return href;
}

// Links that do not change a value but manage the record (ending a
// session, the policy choices, an inquiry thread).
const managing = [/^\/account\/sessions$/, /^\/account\/policy$/, /^\/inquiries\/\d+$/];

test('P15_each_correction_link_leads_to_a_form_that_changes_the_value', async () => {
  const ctx = await memberWithEverything();
  const { client } = ctx;
  const page = await client.get('/bin/user/edit');
  const hrefs = [...new Set(dataItems(page.text).map((i) => i.href).filter(Boolean))];
  assert.ok(hrefs.length >= 6, hrefs.join(' '));
  for (const href of hrefs) {
    if (managing.some((re) => re.test(href))) continue;
    const correct = corrections[correctionKind(href)];
    assert.ok(correct, `no correction test for the link ${href}: add one`);
    const expected = await correct(client, ctx, href);
    const after = await client.get('/bin/user/edit');
    for (const [field, value] of Object.entries(expected))
      assert.ok(valuesOf(after.text, field).includes(value), `${href}: ${field} shows ${value}: ${valuesOf(after.text, field)}`);
  }
  // The corrected address and password sign in.
  const again = new Client(server.baseUrl);
  await signInOk(again, ctx.newEmail, ctx.member.password);
});

test('P15_bad_correction_shows_the_field_error_and_changes_nothing', async () => {
  const ctx = await memberWithEverything();
  const { client, member } = ctx;
  const other = newMember();
  await registerOk(new Client(server.baseUrl), other);
  await client.get('/bin/user/edit/details');
  const bad = await client.post('/bin/user/edit/details', {
    name: '', email: 'not-an-address', phone: '12', address: 'x'.repeat(501), country: 'XX',
    company_name: 'Fine', company_address: 'Fine',
  });
  assert.equal(bad.status, 422);
  const errors = fieldErrors(bad.text);
  for (const field of ['name', 'email', 'phone', 'address', 'country'])
    assert.ok(errors[field], `error for ${field}: ${JSON.stringify(errors)}`);
  const taken = await client.post('/bin/user/edit/details', {
    name: 'Ada', email: other.email, phone: '+49 30 1234567', address: 'A', country: 'DE',
    company_name: 'B', company_address: 'C',
  });
  assert.equal(taken.status, 422);
  assert.ok(fieldErrors(taken.text).email);
  // A new address needs the current password.
  const moved = { name: 'Ada', email: `moved.${member.email}`, phone: '+49 30 1234567', address: 'A',
    country: 'DE', company_name: 'B', company_address: 'C' };
  for (const current_password of ['', 'not-my-password']) {
    const r = await client.post('/bin/user/edit/details', { ...moved, current_password });
    assert.equal(r.status, 422, current_password);
    assert.ok(fieldErrors(r.text).current_password, current_password);
  }
  // Other forms refuse too.
  await client.get('/account/profile');
  assert.equal((await client.post('/account/profile', { public_name: 'x'.repeat(101), public_title: '' })).status, 422);
  const form = await client.get('/company/edit');
  const id = /name="company_id" value="(\d+)"/.exec(form.text)[1];
  assert.equal((await client.postMultipart('/company/edit', companyFields({ name: '', company_id: id }))).status, 422);
  const productEdit = `/product/${ctx.product.id}/edit`;
  await client.get(productEdit);
  assert.equal((await client.postMultipart(productEdit, { ...productFields(), title: '' })).status, 422);
  const offerEdit = `/offer/${ctx.offer.id}/edit`;
  await client.get(offerEdit);
  assert.equal((await client.post(offerEdit, { ...offerFields(), title: '' })).status, 422);
  // Nothing changed.
  const page = await client.get('/bin/user/edit');
  assert.deepEqual(valuesOf(page.text, 'members.email'), [member.email]);
  assert.deepEqual(valuesOf(page.text, 'members.name'), [member.name]);
  assert.deepEqual(valuesOf(page.text, 'members.public_name'), ['Ada L.']);
  assert.deepEqual(valuesOf(page.text, 'companies.name'), [ctx.company.fields.name]);
  assert.ok(valuesOf(page.text, 'products.title').includes(ctx.product.fields.title));
  assert.ok(valuesOf(page.text, 'offers.title').includes(ctx.offer.fields.title));
});
