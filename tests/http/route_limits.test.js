'use strict';
// Limits on creating things (the route table's rate-limit column): a burst
// of listings past the limit per member, or per IP address, gets 429 with
// Retry-After and a page saying when to try again, and creates nothing.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { createCompany, offerFields, postOffer } = require('./lib/market');

let server;
after(async () => { if (server) await server.stop(); });

async function offerCount(client) {
  const page = await client.get('/company/listings');
  assert.equal(page.status, 200);
  return (page.text.match(/href="\/offer\/\d+-/g) || []).length;
}

async function refusedOffer(client) {
  await client.get('/offers/new');
  const r = await client.post('/offers/new', offerFields());
  assert.equal(r.status, 429, `past the limit: ${r.status} ${r.text.slice(0, 500)}`);
  assert.ok(Number(r.headers.get('retry-after')) > 0, 'Retry-After names the wait');
  assert.match(r.text, /try again in \d+ minutes?/i);
  return r;
}

test('listings_limited_per_member_and_per_ip', { timeout: 120000 }, async () => {
  server = await startServer({ config: { limits: { listings_per_member_hour: 3, listings_per_ip_hour: 4 } } });
  const first = new Client(server.baseUrl);
  await registerOk(first);
  await createCompany(first);
  for (let i = 0; i < 3; i++) await postOffer(first);
  await refusedOffer(first);
  assert.equal(await offerCount(first), 3, 'the refused offer was not created');

  // The same address's other member: 4 per IP in all, the refused one counted too.
  const second = new Client(server.baseUrl);
  await registerOk(second);
  await createCompany(second);
  await refusedOffer(second);
  assert.equal(await offerCount(second), 0);

  // Other pages and forms still work for both.
  assert.equal((await first.get('/offers/new')).status, 200);
});
