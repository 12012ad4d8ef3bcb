'use strict';
// P-2: personal data has one door, checked at run time (privacy/door.h).
// A test-only route (web/testing_door_probe.cpp, served only with
// testing.door_probe = true) reads members.email directly, without the
// guard or any read scope. On SQLite the door refuses that read: the page
// answers 500, the address is not in the response, and the log names
// members.email. Reads through the member's own pages still work with the
// door on. PostgreSQL has no authorizer, so there the door is not enforced
// (the server says so at start-up and the planted read goes through); the
// rule is proven by this file and the unit tests on SQLite.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { newMember, registerOk } = require('./lib/members');

const backend = process.env.HANSE_TEST_BACKEND || 'sqlite';

test('P2_door_refuses_a_planted_direct_read_of_members_email', { timeout: 120000 }, async () => {
  const server = await startServer({ config: { testing: { door_probe: true } } });
  try {
    const c = new Client(server.baseUrl);
    const m = await registerOk(c, newMember());

    // The owner's own pages read the same column inside an OwnerRead.
    const account = await c.get('/account');
    assert.equal(account.status, 200);
    assert.ok(account.text.includes(m.email), 'the account page shows the member their address');

    const probe = await new Client(server.baseUrl).get('/testing/door-probe');
    if (backend === 'sqlite') {
      assert.equal(probe.status, 500, probe.text.slice(0, 500));
      assert.ok(!probe.text.includes(m.email), 'the refused read leaked the address');
      assert.ok(!probe.text.includes('members.email'), 'the error page names no internals');
      const log = server.log();
      assert.match(log, /privacy door: refused a read of members\.email \(user\.contact\.email\) outside any read scope/);
      assert.match(log, /GET \/testing\/door-probe: internal: privacy door: read of members\.email outside any read scope refused/);
    } else {
      console.log('# PostgreSQL: no authorizer, the door is not enforced here; the rule is proven on SQLite');
      assert.match(server.log(), /privacy door: not enforced on this backend/);
      assert.equal(probe.status, 200);
      assert.equal(probe.text.trim(), m.email);
    }
  } finally {
    await server.stop();
  }
});

test('P2_door_probe_is_not_served_without_its_testing_key', { timeout: 60000 }, async () => {
  const server = await startServer();
  try {
    const probe = await new Client(server.baseUrl).get('/testing/door-probe');
    assert.equal(probe.status, 404);
    if (backend === 'sqlite') {
      assert.match(server.log(), /privacy door: personal columns are read only inside a read scope/);
    }
  } finally {
    await server.stop();
  }
});
