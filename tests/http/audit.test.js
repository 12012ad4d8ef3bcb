'use strict';
// S-2: sign-ins, sign-outs and staff role changes made through the running
// site land in the hash-chained audit log; `hanse audit verify` accepts the
// chain, and names the entry once a row is edited or removed behind the
// application's back. P-7: registration writes the consent ledger.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { newMember, registerOk, signInOk, signOut } = require('./lib/members');
const { sql } = require('./lib/sql');

// Lifts the append-only triggers, as an intruder with database access can.
function dropGuards(server) {
  if (server.backend === 'postgres') {
    sql(server, 'ALTER TABLE audit_log DISABLE TRIGGER USER');
  } else {
    sql(server, 'DROP TRIGGER IF EXISTS audit_log_no_update');
    sql(server, 'DROP TRIGGER IF EXISTS audit_log_no_delete');
  }
}

function verify(server) {
  const r = server.run('audit', 'verify');
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

// A server with one member who registered, signed out and signed in again.
async function serverWithActivity() {
  const server = await startServer();
  const c = new Client(server.baseUrl);
  const member = await registerOk(c, newMember());
  await signOut(c);
  await signInOk(c, member.email, member.password);
  return { server, member };
}

test('S2 sign-ins, sign-outs and role changes are chained; audit verify accepts the chain', async () => {
  const { server, member } = await serverWithActivity();
  try {
    const staff = server.run('staff', 'add', '--email', `audit.${crypto.randomBytes(4).toString('hex')}@hanse.example`,
      '--role', 'compliance');
    assert.equal(staff.status, 0, staff.stderr);
    await server.stop({ keep: true });

    const r = verify(server);
    assert.equal(r.status, 0, r.out);
    const m = /audit chain intact: (\d+) entries/.exec(r.out);
    assert.ok(m, r.out);
    assert.ok(Number(m[1]) >= 2, r.out);

    const actions = sql(server, 'SELECT action FROM audit_log ORDER BY id').split('\n');
    for (const a of ['member.register', 'consent.changed', 'member.sign_in', 'member.sign_out',
      'staff.created', 'staff.role_set']) {
      assert.ok(actions.includes(a), `no ${a} entry in ${actions.join(', ')}`);
    }
    const details = sql(server, 'SELECT details FROM audit_log ORDER BY id');
    assert.ok(!details.includes(member.email), 'an e-mail address in the audit details');
    assert.ok(!details.includes(member.password), 'a password in the audit details');
    assert.match(details, /"role":"compliance"/);

    const ledger = sql(server, 'SELECT kind, what, value, source FROM consent_ledger');
    assert.equal(ledger, 'policy_version|1|accepted|/register', 'registration did not write the consent ledger');
    const pinned = sql(server, 'SELECT policy_version, collected_on FROM members');
    assert.equal(pinned, '1|/register');
  } finally {
    server.destroy();
  }
});

test('S2 an edited audit entry makes audit verify fail naming it', async () => {
  const { server } = await serverWithActivity();
  try {
    await server.stop({ keep: true });
    assert.equal(verify(server).status, 0);
    dropGuards(server);
    sql(server, `UPDATE audit_log SET details = '{"session":999}' WHERE id = 3`);
    const r = verify(server);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /audit chain broken at entry 3: .*edited/);
  } finally {
    server.destroy();
  }
});

test('S2 a removed audit entry makes audit verify fail at the break', async () => {
  const { server } = await serverWithActivity();
  try {
    await server.stop({ keep: true });
    dropGuards(server);
    sql(server, 'DELETE FROM audit_log WHERE id = 2');
    const r = verify(server);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /audit chain broken at entry 3: .*entries 2\.\.2 are missing/);
  } finally {
    server.destroy();
  }
});

test('S2 the database refuses to change or remove audit entries', async () => {
  const { server } = await serverWithActivity();
  try {
    await server.stop({ keep: true });
    assert.throws(() => sql(server, 'DELETE FROM audit_log WHERE id = 1'), /append-only/);
    assert.throws(() => sql(server, "UPDATE audit_log SET action = 'x' WHERE id = 1"), /append-only/);
    assert.equal(verify(server).status, 0);
  } finally {
    server.destroy();
  }
});

test('hanse audit --help names verify and the common options', () => {
  const { runHanse } = require('./lib/server');
  const r = runHanse(['audit', '--help']);
  assert.equal(r.status, 0, r.stderr);
  for (const o of ['verify', '--data', '--database', '--config']) assert.ok(r.stdout.includes(o), r.stdout);
});
