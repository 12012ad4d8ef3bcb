'use strict';
// P-6: a signed-in member's forms carry a token bound to their session. A
// CSRF cookie and field pair planted by someone else (hanse_csrf=AAAA plus
// csrf=AAAA) proves nothing: 403, and nothing is created. The member's own
// token from the page works, and another session's token does not.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, csrfToken } = require('./lib/client');
const { registerOk, signInOk } = require('./lib/members');
const { createCompany, offerFields, postOffer } = require('./lib/market');

let server;
after(async () => { if (server) await server.stop(); });

async function listingCount(client) {
  const page = await client.get('/company/listings');
  assert.equal(page.status, 200);
  return (page.text.match(/href="\/offer\/\d+-/g) || []).length;
}

test('P6_planted_csrf_pair_refused_for_a_signed_in_member', { timeout: 120000 }, async () => {
  server = await startServer();
  const member = new Client(server.baseUrl);
  const account = await registerOk(member);
  await createCompany(member);
  await postOffer(member);  // the member's own token from the page works
  const before = await listingCount(member);
  assert.equal(before, 1);

  const planted = 'A'.repeat(43);
  member.setCookie('hanse_csrf', planted);
  const forged = await member.post('/offers/new', { ...offerFields(), csrf: planted });
  assert.equal(forged.status, 403, 'a planted cookie and field pair must be refused');
  assert.equal(await listingCount(member), before, 'the refused request created nothing');

  // A token of another session of the same member is not this session's.
  const other = new Client(server.baseUrl);
  await signInOk(other, account.email, account.password);
  await other.get('/offers/new');
  const otherToken = csrfToken(other.lastHtml);
  assert.ok(otherToken);
  await member.get('/offers/new');
  const mine = csrfToken(member.lastHtml);
  assert.notEqual(mine, otherToken, 'two sessions get different tokens');
  const replayed = await member.post('/offers/new', { ...offerFields(), csrf: otherToken });
  assert.equal(replayed.status, 403);
  assert.equal(await listingCount(member), before);

  // The signed-in page sets no CSRF cookie of its own: the token lives in the session.
  const fresh = new Client(server.baseUrl);
  await signInOk(fresh, account.email, account.password);
  fresh.deleteCookie('hanse_csrf');
  const form = await fresh.get('/offers/new');
  assert.equal(form.status, 200);
  assert.ok(!(form.headers.get('set-cookie') || '').includes('hanse_csrf='), 'no CSRF cookie for members');
  const ok = await fresh.post('/offers/new', offerFields());
  assert.equal(ok.status, 303, `the page's own token: ${ok.status}`);
});
