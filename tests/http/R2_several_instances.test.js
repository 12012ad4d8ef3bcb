'use strict';
// several instances on one database behind a load balancer hold
// nothing that matters in one instance.
// - A change made through one instance drops the pages the others cached
//   for visitors at once (db/change_feed.h: PostgreSQL LISTEN/NOTIFY). On
//   SQLite (one instance per database file) the one instance drops its own.
// - A sign-out through one instance ends the session on every instance at
//   once, though each keeps signed-in members' sessions for a while
//   (web/viewer_cache.h): the change feed drops them too.
// - Behind a trusted proxy (server.trusted_proxies), per-IP limits count
//   the client the proxy names in X-Forwarded-For, not the proxy; anyone
//   else's X-Forwarded-For is ignored.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer, prepareInstance } = require('./lib/server');
const { Client, csrfToken } = require('./lib/client');
const { registerOk, signOut, isSignedIn } = require('./lib/members');
const { createCompany, addProduct } = require('./lib/market');

const servers = [];
after(async () => { for (const s of servers.reverse()) await s.stop(); });

async function visit(baseUrl, path) {
  const page = await new Client(baseUrl).get(path);
  assert.equal(page.status, 200, `${baseUrl}${path}: ${page.status}`);
  return page;
}

// Two servers on one database (PostgreSQL; on SQLite, where one instance
// is all there is, the same server twice), stopped after the tests.
async function twoInstances(config) {
  const first = await startServer({ config });
  servers.push(first);
  if (first.backend !== 'postgres') return [first, first];
  const own = await prepareInstance({ backend: 'postgres', config });
  const second = await startServer({ instance: { ...own, dbUrl: first.dbUrl } });
  servers.push(second);
  return [first, second];
}

test('R2_a_change_through_one_instance_shows_to_visitors_of_every_instance_at_once', async () => {
  // A minute's cache: a change seen at once can only be the cache dropped.
  const config = { server: { visitor_page_cache_ms: 60000 } };
  const [first, second] = await twoInstances(config);
  const supplier = new Client(first.baseUrl);
  await registerOk(supplier);
  const company = await createCompany(supplier);
  const product = await addProduct(supplier);
  const title = product.fields.title;
  for (let i = 0; i < 2; i++) {
    assert.ok((await visit(second.baseUrl, company.path)).text.includes(title), `visit ${i + 1}`);
    assert.ok((await visit(second.baseUrl, product.path)).text.includes(`<h1>${title}</h1>`));
  }

  await supplier.get(`/product/${product.id}/edit`);
  const newTitle = `Stainless ball valve ${product.id}`;
  const edited = await supplier.postMultipart(`/product/${product.id}/edit`, { ...product.fields, title: newTitle });
  assert.equal(edited.status, 303, edited.text.slice(0, 1500));

  // The notification travels asynchronously from the database to the other
  // instance: allow it a moment (far below the cache's minute).
  let page;
  for (let i = 0; i < 50; i++) {
    page = await visit(second.baseUrl, company.path);
    if (page.text.includes(newTitle)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.ok(page.text.includes(newTitle), 'the other instance still serves the old company page');
  assert.ok(!page.text.includes(title));
  assert.ok((await visit(second.baseUrl, edited.locationPath)).text.includes(`<h1>${newTitle}</h1>`));
});

test('R2_a_sign_out_through_one_instance_ends_the_session_on_every_instance_at_once', async () => {
  // A minute's keeping: a session ended at once can only be the cache dropped.
  const config = { server: { viewer_cache_ms: 60000 } };
  const [first, second] = await twoInstances(config);
  const member = new Client(first.baseUrl);
  await registerOk(member);
  // The same cookies on the other instance: signed in there, and kept.
  const elsewhere = member.clone();
  elsewhere.baseUrl = second.baseUrl;
  for (let i = 0; i < 2; i++) assert.ok(await isSignedIn(elsewhere), `signed in on the other instance (${i + 1})`);

  await signOut(member);
  let signedIn = true;
  for (let i = 0; i < 50 && signedIn; i++) {
    signedIn = await isSignedIn(elsewhere);
    if (signedIn) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(signedIn, false, 'the other instance still serves the ended session');
});

async function feedback(baseUrl, forwardedFor) {
  const c = new Client(baseUrl);
  const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  await c.request('GET', '/feedback', { headers });
  return c.request('POST', '/feedback', {
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({
      topic: 'services', message: 'The site works well behind the balancer.',
      reply_email: 'proxied@example.com', csrf: csrfToken(c.lastHtml) ?? '',
    }).toString(),
  });
}

test('R2_per_ip_limits_count_the_client_a_trusted_proxy_names', async () => {
  const limits = { messages_per_ip_hour: 2, messages_per_member_hour: 2 };
  const proxied = await startServer({ config: { limits, server: { trusted_proxies: '127.0.0.1' } } });
  servers.push(proxied);
  for (let i = 0; i < 2; i++) {
    const r = await feedback(proxied.baseUrl, '198.51.100.7');
    assert.equal(r.status, 200, r.text.slice(0, 800));
  }
  assert.equal((await feedback(proxied.baseUrl, '198.51.100.7')).status, 429, 'the third from one client is refused');
  // Another client behind the same proxy has its own count; a client's own
  // X-Forwarded-For is overwritten by the proxy's last entry.
  assert.equal((await feedback(proxied.baseUrl, '203.0.113.9')).status, 200);
  assert.equal((await feedback(proxied.baseUrl, '198.51.100.7, 203.0.113.10')).status, 200);
  // A header that names no address leaves the proxy's own address.
  assert.equal((await feedback(proxied.baseUrl, 'unknown')).status, 200);

  // Without trusted proxies the header is the client's word: ignored.
  const direct = await startServer({ config: { limits } });
  servers.push(direct);
  assert.equal((await feedback(direct.baseUrl, '192.0.2.1')).status, 200);
  assert.equal((await feedback(direct.baseUrl, '192.0.2.2')).status, 200);
  assert.equal((await feedback(direct.baseUrl, '192.0.2.3')).status, 429, 'a forged X-Forwarded-For escaped the limit');
});
