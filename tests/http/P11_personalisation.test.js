'use strict';
// P-11, clause personalisation: with the privacy guard's permission for
// personalize.content (opt-out), a signed-in member's company industries
// come first on the home page and in the category directory, and the page
// says it was arranged for them with a link to switch it off; switched off
// (recorded in the consent ledger), the page is the one everyone gets; a
// visitor never sees the notice.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, decodeEntities, stripTags } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { createCompany } = require('./lib/market');
const { sqlRows } = require('./lib/sql_rows');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

// The industries in the order a page lists them.
function homeIndustries(html) {
  const section = /<section aria-labelledby="home-industries">([\s\S]*?)<\/section>/.exec(html);
  assert.ok(section, 'no industries on the home page');
  return [...section[1].matchAll(/<li><a href="\/category\/([^"]+)">/g)].map((m) => m[1]);
}
function directoryIndustries(html) {
  return [...html.matchAll(/<li class="industry">\s*<h2><a href="\/category\/([^"]+)">/g)].map((m) => m[1]);
}
function notice(html) {
  const m = /<p class="arranged"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? { text: decodeEntities(stripTags(m[1])), html: m[0] } : null;
}

async function member(industries) {
  const client = new Client(server.baseUrl);
  await registerOk(client);
  await createCompany(client, { industries });
  return client;
}

test('P11_personalisation_member_industries_first_with_notice', async () => {
  const everyone = new Client(server.baseUrl);
  const plainHome = homeIndustries((await everyone.get('/')).text);
  const plainDirectory = directoryIndustries((await everyone.get('/categories')).text);
  assert.ok(plainHome.indexOf('toys') > 2 && plainHome.indexOf('packaging-printing') > 2, plainHome.join());

  const m = await member(['toys/educational-toys', 'packaging-printing/paper-packaging']);
  const home = await m.get('/');
  assert.equal(home.status, 200);
  const order = homeIndustries(home.text);
  assert.deepEqual(order.slice(0, 2), ['packaging-printing', 'toys']);
  assert.deepEqual([...order].sort(), [...plainHome].sort(), 'industries lost or added');
  const n = notice(home.text);
  assert.ok(n, 'no notice that the page was arranged');
  assert.match(n.text, /Arranged for you: your company's industries \(Packaging & Printing and Toys\) come first/);
  assert.ok(n.html.includes('href="/account/personalisation"'), 'no link to switch it off');

  const directory = await m.get('/categories');
  assert.deepEqual(directoryIndustries(directory.text).slice(0, 2), ['packaging-printing', 'toys']);
  assert.equal(directoryIndustries(directory.text).length, plainDirectory.length);
  assert.ok(notice(directory.text));
  // Another member without a company gets the everyday order, no notice.
  const other = new Client(server.baseUrl);
  await registerOk(other);
  const otherHome = await other.get('/');
  assert.deepEqual(homeIndustries(otherHome.text), plainHome);
  assert.equal(notice(otherHome.text), null);
});

test('P11_personalisation_switched_off_page_is_the_same_as_for_everyone', async () => {
  const everyone = new Client(server.baseUrl);
  const plainHome = homeIndustries((await everyone.get('/')).text);
  const m = await member(['toys/building-blocks']);
  assert.equal(homeIndustries((await m.get('/')).text)[0], 'toys');

  const settings = await m.get('/account/personalisation');
  assert.equal(settings.status, 200);
  assert.match(settings.text, /Switch off pages arranged for me/);
  const off = await m.post('/account/personalisation', { clause: 'personalisation', value: 'denied' });
  assert.equal(off.status, 303);
  assert.match((await m.follow(off)).text, /Switch on pages arranged for me/);
  const ledger = sqlRows(server, "SELECT value, source FROM consent_ledger WHERE kind = 'clause' AND what = 'personalisation' ORDER BY id DESC");
  assert.deepEqual(ledger[0], ['denied', '/account/personalisation']);

  const home = await m.get('/');
  assert.deepEqual(homeIndustries(home.text), plainHome);
  assert.equal(notice(home.text), null);
  const directory = await m.get('/categories');
  assert.equal(notice(directory.text), null);
  // The directory's list is the very one everyone gets (counts included).
  const plainDirectory = (await everyone.get('/categories')).text;
  const list = (html) => html.slice(html.indexOf('<ul class="category-directory">'), html.indexOf('</main>'));
  assert.ok(list(plainDirectory));
  assert.equal(list(directory.text), list(plainDirectory));

  // And back on.
  await m.get('/account/personalisation');
  assert.equal((await m.post('/account/personalisation', { clause: 'personalisation', value: 'granted' })).status, 303);
  const again = await m.get('/');
  assert.equal(homeIndustries(again.text)[0], 'toys');
  assert.ok(notice(again.text));
  // Bad input: a clause that is not one of the two, a value that is not a choice.
  await m.get('/account/personalisation');
  assert.equal((await m.post('/account/personalisation', { clause: 'cookies', value: 'denied' })).status, 400);
  await m.get('/account/personalisation');
  assert.equal((await m.post('/account/personalisation', { clause: 'personalisation', value: 'maybe' })).status, 400);
  // Signed out: the settings page sends to sign-in.
  const visitor = new Client(server.baseUrl);
  assert.equal((await visitor.get('/account/personalisation')).status, 303);
});

test('P11_personalisation_visitor_sees_no_notice', async () => {
  const visitor = new Client(server.baseUrl);
  for (const path of ['/', '/categories']) {
    const r = await visitor.get(path);
    assert.equal(r.status, 200);
    assert.equal(notice(r.text), null, path);
    assert.ok(!r.text.includes('Arranged for you'), path);
  }
});
