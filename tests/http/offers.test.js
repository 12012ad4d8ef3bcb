'use strict';
// Trade offers (M-4): posting, expiry on a moved clock (404 for others,
// still listed for the owner), renewal, withdrawal, and changes by another
// company refused.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { registerOk, signInOk } = require('./lib/members');
const { createCompany, postOffer } = require('./lib/market');

const DAY = 86400;
let server;
after(async () => { if (server) await server.stop(); });

test('M4_offer_post_expire_renew_withdraw', { timeout: 120000 }, async () => {
  server = await startServer();
  const owner = new Client(server.baseUrl);
  const ownerAccount = await registerOk(owner);
  await createCompany(owner);
  const rival = new Client(server.baseUrl);
  const rivalAccount = await registerOk(rival);
  await createCompany(rival);

  const offer = await postOffer(owner, { valid_days: '30', description: 'Reels of 50 kg.' });
  const expiring = await postOffer(owner, { kind: 'buy', valid_days: '' });  // default 30 days
  const visitor = new Client(server.baseUrl);
  const page = await visitor.get(offer.path);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(`<h1>${offer.fields.title}</h1>`));
  assert.ok(page.text.includes('7,800.00 EUR'));
  assert.ok(page.text.includes('20 tonnes'));
  assert.ok(page.text.includes('Selling'));
  assert.ok((await visitor.get(expiring.path)).text.includes('Buying'));
  const wrong = await visitor.get(`/offer/${offer.id}-x`);
  assert.equal(wrong.status, 301);
  assert.equal(wrong.locationPath, offer.path);

  // A bad form is refused and nothing is stored.
  await owner.get('/offers/new');
  const bad = await owner.post('/offers/new', { kind: 'lease', title: '', category: 'metals-minerals/copper', currency: 'EUR', valid_days: '120' });
  assert.equal(bad.status, 422);
  assert.ok(bad.text.includes('from 1 to 90'));

  // Another company's member cannot change it.
  assert.equal((await rival.get(`/offer/${offer.id}/edit`)).status, 403);
  for (const action of ['withdraw', 'delete', 'renew']) {
    await rival.get(offer.path);
    assert.equal((await rival.post(`/offer/${offer.id}/${action}`, {})).status, 403, action);
  }
  await rival.get(offer.path);
  assert.equal((await rival.post(`/offer/${offer.id}/edit`, { ...offer.fields, title: 'Hijacked' })).status, 403);
  assert.ok((await visitor.get(offer.path)).text.includes(offer.fields.title));

  // 31 days later: expired for everyone but the owner's company.
  const instance = server;
  await server.stop({ keep: true });
  server = await startServer({ instance, env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(31 * DAY) } });
  const later = new Client(server.baseUrl);
  assert.equal((await later.get(offer.path)).status, 404);
  const rivalLater = new Client(server.baseUrl);
  await signInOk(rivalLater, rivalAccount.email, rivalAccount.password);
  assert.equal((await rivalLater.get(offer.path)).status, 404);
  const ownerLater = new Client(server.baseUrl);
  await signInOk(ownerLater, ownerAccount.email, ownerAccount.password);
  const own = await ownerLater.get(offer.path);
  assert.equal(own.status, 200);
  assert.match(own.text, /This offer expired on \d{1,2} [A-Z][a-z]+ \d{4}/);
  assert.ok(own.text.includes(`action="/offer/${offer.id}/renew"`));
  const listings = await ownerLater.get('/company/listings');
  assert.ok(listings.text.includes(offer.fields.title));
  assert.match(listings.text, /expired on \d{1,2} [A-Z][a-z]+ \d{4}/);

  // Renewing brings it back.
  const renewed = await ownerLater.post(`/offer/${offer.id}/renew`, {});
  assert.equal(renewed.status, 303);
  assert.equal((await later.get(offer.path)).status, 200);
  assert.equal((await later.get(expiring.path)).status, 404, 'the other offer stays expired');

  // Withdrawing hides it again; the owner still sees it, marked.
  await ownerLater.get(offer.path);
  assert.equal((await ownerLater.post(`/offer/${offer.id}/withdraw`, {})).status, 303);
  assert.equal((await later.get(offer.path)).status, 404);
  const withdrawn = await ownerLater.get(offer.path);
  assert.equal(withdrawn.status, 200);
  assert.ok(withdrawn.text.includes('This offer was withdrawn'));
  assert.ok((await ownerLater.get('/company/listings')).text.includes('withdrawn'));

  // Editing keeps it; deleting removes it for everyone.
  await ownerLater.get(`/offer/${offer.id}/edit`);
  const edited = await ownerLater.post(`/offer/${offer.id}/edit`, { ...offer.fields, title: 'Copper wire reels' });
  assert.equal(edited.status, 303);
  assert.equal(edited.locationPath, `/offer/${offer.id}-copper-wire-reels`);
  await ownerLater.get(edited.location);
  assert.equal((await ownerLater.post(`/offer/${offer.id}/delete`, {})).status, 303);
  assert.equal((await ownerLater.get(edited.location)).status, 404);
});
