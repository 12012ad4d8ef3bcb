'use strict';
// P-6: registration and password-reset requests are rate-limited per IP
// address (sign-in throttling is tested in accounts.test.js).

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { newMember, register } = require('./lib/members');

let server;
after(async () => { if (server) await server.stop(); });

test('P6_registration_and_reset_requests_limited_per_ip', async () => {
  server = await startServer({
    config: { accounts: { max_registrations_per_ip_hour: 2, max_reset_requests_per_ip_hour: 2 } },
  });
  const c = new Client(server.baseUrl);
  assert.equal((await register(c, newMember())).status, 303);
  await c.post('/signout', {});
  assert.equal((await register(new Client(server.baseUrl), newMember())).status, 303);
  const third = newMember();
  const blocked = await register(new Client(server.baseUrl), third);
  assert.equal(blocked.status, 429, blocked.text.slice(0, 1000));
  assert.match(blocked.text, /Too many attempts/);
  // Nothing was stored: signing in as the refused member fails.
  const probe = new Client(server.baseUrl);
  await probe.get('/signin');
  assert.equal((await probe.post('/signin', { email: third.email, password: third.password })).status, 401);

  const r = new Client(server.baseUrl);
  const forgot = async (email) => {
    await r.get('/password/forgot');  // a fresh form (and its CSRF token) each time
    return r.post('/password/forgot', { email });
  };
  for (let i = 0; i < 2; i += 1) assert.equal((await forgot(`nobody${i}@example.com`)).status, 200);
  assert.equal((await forgot('nobody9@example.com')).status, 429);
});
