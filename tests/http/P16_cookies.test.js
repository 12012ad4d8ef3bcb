'use strict';
// P-16: every cookie is declared in one registry (the cookie page and its
// JSON are generated from it); a banner and a settings page, plain forms,
// take the visitor's choice; the server never sets a cookie of a kind that
// was not accepted, deletes one that was withdrawn, and treats Sec-GPC: 1 as
// a refusal of advertising and partner tracking.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { newMember, registerOk, signInOk } = require('./lib/members');
const { createCompany, addProduct, postOffer } = require('./lib/market');
const { sqlRows } = require('./lib/sql_rows');

let server;
let registry;
let listing;  // {company, product, offer} paths
before(async () => {
  server = await startServer();
  registry = JSON.parse((await new Client(server.baseUrl).get('/privacy/cookies.json')).text);
  const owner = new Client(server.baseUrl);
  await registerOk(owner, newMember());
  const company = await createCompany(owner);
  const product = await addProduct(owner);
  const offer = await postOffer(owner);
  listing = { company: company.path, product: product.path, offer: offer.path };
});
after(async () => { if (server) await server.stop(); });

function categoryOf(name) {
  for (const c of registry.categories) {
    for (const k of c.cookies) if (k.name === name || k.name_over_tls === name) return c.id;
  }
  return null;
}

// A scripted journey through the public and member pages; returns every
// cookie the server set on it, by name, with its category.
async function journey(client, { headers = {} } = {}) {
  const set = [];
  const note = (r) => { for (const c of r.setCookies) if (c.value !== '') set.push({ name: c.name, category: categoryOf(c.name) }); };
  const paths = ['/', '/search?q=machine', '/categories', '/category/industrial-machinery',
    '/category/industrial-machinery/machine-tools', listing.company, listing.product, listing.offer,
    '/privacy', '/privacy/cookies', '/register', '/signin', '/feedback'];
  for (const p of paths) {
    const r = await client.get(p, { headers });
    assert.equal(r.status, 200, `${p}: ${r.status}`);
    note(r);
  }
  const m = newMember();
  note(await client.post('/register', m, { headers }));
  for (const p of ['/account', '/', listing.product, '/search?q=valve', '/bin/user/edit']) note(await client.get(p, { headers }));
  return set;
}

function choose(client, fields, headers = {}) {
  return client.post('/privacy/cookies', { csrf: null, ...fields }, { headers });
}

test('P16_cookie_page_and_json_are_generated_from_the_registry', async () => {
  assert.deepEqual(registry.categories.map((c) => c.id),
    ['necessary', 'statistics', 'advertising', 'partner_tracking', 'promotions']);
  const page = await new Client(server.baseUrl).get('/privacy/cookies');
  assert.equal(page.status, 200);
  let declared = 0;
  for (const c of registry.categories) {
    assert.ok(page.text.includes(`id="category-${c.id}"`), `the page lacks the category ${c.id}`);
    for (const k of c.cookies) {
      declared++;
      assert.ok(page.text.includes(`data-cookie="${k.name}"`), `the page lacks the cookie ${k.name}`);
      assert.ok(page.text.includes(k.purpose), `the page lacks the purpose of ${k.name}`);
      assert.ok(k.lifetime && k.clause, `${k.name} has no lifetime or clause`);
    }
  }
  assert.ok(declared >= 4);
  const gpc = await new Client(server.baseUrl).get('/.well-known/gpc.json');
  assert.equal(gpc.status, 200);
  assert.match(gpc.headers.get('content-type'), /application\/json/);
  const body = JSON.parse(gpc.text);
  assert.equal(body.gpc, true);
  assert.match(body.lastUpdate, /^\d{4}-\d{2}-\d{2}$/);
});

test('P16_banner_until_the_visitor_chooses_and_a_forged_choice_is_ignored', async () => {
  const visitor = new Client(server.baseUrl);
  const first = await visitor.get('/categories');
  assert.match(first.text, /class="cookie-banner"/, 'no banner for a visitor who has not chosen');
  const chosen = await choose(visitor, { choice: 'reject_all', return: '/categories' });
  assert.equal(chosen.status, 303, chosen.text.slice(0, 500));
  assert.equal(chosen.location, '/categories');
  const choiceCookie = chosen.setCookies.find((c) => c.name === 'hanse_cookie_choice');
  assert.ok(choiceCookie && choiceCookie.value, 'the choice was not kept in its cookie');
  const again = await visitor.get('/categories');
  assert.doesNotMatch(again.text, /class="cookie-banner"/, 'the banner is shown after a choice');
  // A return address on another host is not followed.
  const away = await choose(visitor, { choice: 'reject_all', return: '//evil.example/x' });
  assert.equal(away.location, '/privacy/cookies?saved=1');

  // Accepting everything by editing the cookie: ignored, asked again.
  const forged = new Client(server.baseUrl);
  forged.setCookie('hanse_cookie_choice', choiceCookie.value.replace(/\.-dddd\./, '.-gggg.'));
  assert.match((await forged.get('/categories')).text, /class="cookie-banner"/);
  const settings = await forged.get('/privacy/cookies');
  assert.match(settings.text, /data-category="advertising">Your choice: <strong>Not chosen yet/);
});

test('P16_a_choice_from_another_site_is_refused_and_bad_forms_say_why', async () => {
  const visitor = new Client(server.baseUrl);
  const cross = await choose(visitor, { choice: 'accept_all' }, { origin: 'https://evil.example' });
  assert.equal(cross.status, 403);
  assert.equal(cross.setCookies.length, 0, 'a cross-site form set a cookie');
  const fetchSite = await choose(visitor, { choice: 'accept_all' }, { 'sec-fetch-site': 'cross-site' });
  assert.equal(fetchSite.status, 403);
  const same = await choose(visitor, { choice: 'accept_all' }, { 'sec-fetch-site': 'same-origin' });
  assert.equal(same.status, 303);

  const bad = await choose(new Client(server.baseUrl), { choice: 'everything' });
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Choose one of the buttons/);
  const badBox = await choose(new Client(server.baseUrl), { choice: 'save', advertising: 'yes please' });
  assert.equal(badBox.status, 400);
  assert.match(badBox.text, /Advertising must be a ticked box/);
  assert.equal(badBox.setCookies.filter((c) => c.name === 'hanse_cookie_choice').length, 0);
});

test('P16_rejected_all_gets_no_cookie_but_necessary_on_a_journey', async () => {
  const visitor = new Client(server.baseUrl);
  await choose(visitor, { choice: 'reject_all' });
  const set = await journey(visitor);
  assert.ok(set.some((c) => c.name === 'hanse_session'), 'the journey did not sign in');
  for (const c of set) assert.equal(c.category, 'necessary', `${c.name} (${c.category}) was set after reject all`);
});

test('P16_statistics_only_gets_no_advertising_or_partner_cookie', async () => {
  const visitor = new Client(server.baseUrl);
  await choose(visitor, { choice: 'save', statistics: 'on' });
  const settings = await visitor.get('/privacy/cookies');
  assert.match(settings.text, /data-category="statistics">Your choice: <strong>Accepted/);
  assert.match(settings.text, /data-category="advertising">Your choice: <strong>Refused/);
  for (const c of await journey(visitor))
    assert.ok(c.category === 'necessary' || c.category === 'statistics', `${c.name} (${c.category}) was set`);
});

test('P16_gpc_refuses_advertising_and_partner_tracking_without_a_banner_for_them', async () => {
  const visitor = new Client(server.baseUrl);
  const headers = { 'sec-gpc': '1' };
  const settings = await visitor.get('/privacy/cookies', { headers });
  assert.match(settings.text, /Global Privacy Control signal/);
  assert.match(settings.text, /data-category="advertising">Your choice: <strong>Refused: your browser sends the Global Privacy Control/);
  assert.match(settings.text, /data-category="statistics">Your choice: <strong>Not chosen yet/);
  for (const c of await journey(visitor, { headers }))
    assert.ok(!['advertising', 'partner_tracking'].includes(c.category), `${c.name} was set despite GPC`);
  // Only "1" is the signal.
  const other = await new Client(server.baseUrl).get('/privacy/cookies', { headers: { 'sec-gpc': 'true' } });
  assert.doesNotMatch(other.text, /Refused: your browser sends/);
  // Having answered the two categories GPC does not settle, no banner.
  const answered = new Client(server.baseUrl);
  await choose(answered, { choice: 'save', statistics: 'on' }, headers);
  assert.doesNotMatch((await answered.get('/categories', { headers })).text, /class="cookie-banner"/);
});

test('P16_a_withdrawn_cookie_is_deleted_by_the_server', async () => {
  const visitor = new Client(server.baseUrl);
  await choose(visitor, { choice: 'accept_all' });
  visitor.setCookie('hanse_interests', 'industrial-machinery');
  const kept = await visitor.get('/privacy');
  assert.equal(kept.setCookies.filter((c) => c.name === 'hanse_interests').length, 0, 'an accepted cookie was deleted');
  const withdrawn = await choose(visitor, { choice: 'reject_all' });
  const deletion = withdrawn.setCookies.find((c) => c.name === 'hanse_interests');
  assert.ok(deletion, 'the withdrawn cookie was not deleted');
  assert.equal(deletion.value, '');
  assert.equal(deletion.attrs['max-age'], '0');
  assert.equal(visitor.cookie('hanse_interests'), undefined);
});

test('P16_a_members_choice_is_in_the_consent_ledger_and_follows_them', async () => {
  const m = newMember();
  const member = new Client(server.baseUrl);
  await registerOk(member, m);
  const r = await choose(member, { choice: 'save', promotions: 'on' });
  assert.equal(r.status, 303);
  const [[id]] = sqlRows(server, `SELECT id FROM members WHERE email = '${m.email}'`);
  const rows = sqlRows(server, `SELECT what, value, source FROM consent_ledger WHERE member_id = ${id} AND kind = 'cookies' ORDER BY what`);
  assert.deepEqual(rows.map((x) => x.slice(0, 2)),
    [['advertising', 'denied'], ['partner_tracking', 'denied'], ['promotions', 'granted'], ['statistics', 'denied']]);
  for (const row of rows) assert.match(row[2], /^\/privacy\/cookies#registry-\d+$/);
  // Another browser: signing in brings the choice back, no banner.
  const laptop = new Client(server.baseUrl);
  await signInOk(laptop, m.email, m.password);
  const home = await laptop.get('/account');
  assert.ok(laptop.cookie('hanse_cookie_choice'), 'the choice did not follow the member');
  const page = await laptop.get('/privacy/cookies');
  assert.match(page.text, /data-category="promotions">Your choice: <strong>Accepted/);
  assert.doesNotMatch(home.text + page.text, /class="cookie-banner"/);
  const data = await member.get('/bin/user/edit');
  assert.match(data.text, /cookies promotions \(granted\)/, 'the choice is not on the member\'s data page');
});

test('P16_a_choice_made_before_registering_goes_into_the_ledger', async () => {
  const visitor = new Client(server.baseUrl);
  await choose(visitor, { choice: 'save', statistics: 'on' });
  const m = await registerOk(visitor, newMember());
  const [[id]] = sqlRows(server, `SELECT id FROM members WHERE email = '${m.email}'`);
  const rows = sqlRows(server, `SELECT what, value, source FROM consent_ledger WHERE member_id = ${id} AND kind = 'cookies' ORDER BY what`);
  assert.deepEqual(rows.map((x) => x.slice(0, 2)),
    [['advertising', 'denied'], ['partner_tracking', 'denied'], ['promotions', 'denied'], ['statistics', 'granted']]);
  for (const row of rows) assert.match(row[2], /^\/register#registry-\d+$/);
});
