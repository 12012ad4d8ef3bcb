'use strict';
// P-18: a parent's or guardian's request about a child's data, confirmed by
// an e-mailed single-use link and carried out by support staff; the child's
// address goes on the suppression list as a keyed hash, never as the
// address, and registering with it later records the suppression.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client, fieldErrors } = require('./lib/client');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { staffClient } = require('./lib/staff_session');
const { sqlRows } = require('./lib/sql_rows');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

function tag() { return crypto.randomBytes(5).toString('hex'); }

// Sends a request and returns the confirmation link mailed to the guardian.
async function requestFor(childEmail, { removal = false, optOut = false } = {}) {
  const guardian = `guardian.${tag()}@example.com`;
  const c = new Client(server.baseUrl);
  await c.get('/children');
  const before = allMail();
  const fields = { guardian_name: 'Gerda Guardian', guardian_email: guardian, child_email: childEmail };
  if (removal) fields.removal = 'yes';
  if (optOut) fields.opt_out = 'yes';
  const sent = await c.post('/children', fields);
  assert.equal(sent.status, 200, sent.text.slice(0, 1000));
  const mail = await waitForMail({ to: guardian, subjectIncludes: 'confirm your request', after: before });
  const [link] = linksIn(mail, '/children/confirm/');
  assert.ok(link, `no confirmation link in:\n${mail.text}`);
  return { client: c, guardian, link };
}

async function confirm(link) {
  const c = new Client(server.baseUrl);
  const page = await c.get(link);
  assert.equal(page.status, 200);
  return c.post(link, {});
}

function requestRow(guardian) {
  return sqlRows(server, `SELECT id, status, COALESCE(child_email, ''), COALESCE(confirmed_at, 0) FROM child_requests WHERE guardian_email = '${guardian}'`)[0];
}

test('P18_guardian_request_confirmed_once_and_carried_out_with_suppression', async () => {
  const privacy = await new Client(server.baseUrl).get('/privacy');
  assert.match(privacy.text, /href="\/children"/, 'the privacy page does not link the form');

  const child = newMember();
  await registerOk(new Client(server.baseUrl), child);
  const { guardian, link } = await requestFor(child.email, { optOut: true });
  assert.equal(requestRow(guardian)[1], 'unconfirmed');

  const confirmed = await confirm(link);
  assert.equal(confirmed.status, 200, confirmed.text.slice(0, 1000));
  assert.match(confirmed.text, /confirmed/i);
  const [id, status, , confirmedAt] = requestRow(guardian);
  assert.equal(status, 'confirmed');

  // Used twice: a clear page, nothing changed.
  const again = await confirm(link);
  assert.equal(again.status, 400);
  assert.match(again.text, /not valid/);
  assert.equal(requestRow(guardian)[3], confirmedAt, 'the second use changed the request');

  // Only support staff (and administrators) see and carry out requests.
  const compliance = await staffClient(server, 'compliance');
  assert.equal((await compliance.client.get('/staff/children')).status, 403);
  const { client: staff } = await staffClient(server, 'support');
  const list = await staff.get('/staff/children');
  assert.equal(list.status, 200);
  assert.ok(list.text.includes(child.email), 'the staff list lacks the confirmed request');

  const before = allMail();
  const done = await staff.post(`/staff/children/${id}/carry-out`, {});
  assert.equal(done.status, 200, done.text.slice(0, 1000));
  const [, doneStatus, childEmail] = requestRow(guardian);
  assert.equal(doneStatus, 'done');
  assert.equal(childEmail, '', 'the carried-out request keeps the child\'s address');
  await waitForMail({ to: guardian, subjectIncludes: 'was carried out', after: before });

  // The list holds a 64-hex keyed hash, never the address; the account is marked.
  const hashes = sqlRows(server, 'SELECT address_hash FROM promotion_suppressions').map((r) => r[0]);
  assert.ok(hashes.length >= 1);
  for (const h of hashes) {
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.ok(!h.includes(child.email.split('@')[0]));
    const sha = crypto.createHash('sha256').update(child.email).digest('hex');
    assert.notEqual(h, sha, 'an unkeyed hash of the address is stored');
  }
  const marked = sqlRows(server, `SELECT promotions_suppressed_at FROM members WHERE email = '${child.email}'`);
  assert.notEqual(marked[0][0], '', 'the child\'s account is not marked as suppressed');

  // Carried out already: a second try changes nothing.
  await staff.get('/staff');  // a page with the form token (the list may have no form left)
  const twice = await staff.post(`/staff/children/${id}/carry-out`, {});
  assert.equal(twice.status, 409);
  await staff.get('/staff');
  assert.equal((await staff.post('/staff/children/999999/carry-out', {})).status, 404);
});

test('P18_expired_link_changes_nothing', async () => {
  const { guardian, link } = await requestFor(`kid.${tag()}@example.com`, { optOut: true });
  const [id] = requestRow(guardian);
  const past = Math.floor(Date.now() / 1000) - 60;
  if (server.backend === 'postgres') server.psql(`UPDATE child_requests SET expires_at = ${past} WHERE id = ${id}`);
  else {
    const { spawnSync } = require('node:child_process');
    const r = spawnSync('/usr/bin/python3', ['-c',
      'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()',
      server.dbUrl.replace(/^sqlite:/, ''), `UPDATE child_requests SET expires_at = ${past} WHERE id = ${id}`]);
    assert.equal(r.status, 0, String(r.stderr));
  }
  const late = await confirm(link);
  assert.equal(late.status, 400);
  assert.match(late.text, /not valid/);
  assert.equal(requestRow(guardian)[1], 'unconfirmed');
});

test('P18_removal_erases_the_childs_account_and_suppresses_the_address', async () => {
  const child = newMember();
  await registerOk(new Client(server.baseUrl), child);
  const { guardian, link } = await requestFor(child.email, { removal: true, optOut: true });
  assert.equal((await confirm(link)).status, 200);
  const [id] = requestRow(guardian);
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM members WHERE email = '${child.email}'`)[0][0], '1');
  const { client: staff } = await staffClient(server, 'admin');
  await staff.get('/staff/children');
  const before = allMail();
  const done = await staff.post(`/staff/children/${id}/carry-out`, {});
  assert.equal(done.status, 200, done.text.slice(0, 1000));
  // The account is erased (P-15's erasure, with the staff member as actor)
  // and the request kept without the child's address.
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM members WHERE email = '${child.email}'`)[0][0], '0');
  const [, status, childEmail] = requestRow(guardian);
  assert.equal(status, 'done');
  assert.equal(childEmail, '');
  await waitForMail({ to: guardian, subjectIncludes: 'was carried out', after: before });
  // Registering again with the address: the new account is marked at once.
  await registerOk(new Client(server.baseUrl), { ...newMember(), email: child.email });
  const marked = sqlRows(server, `SELECT COALESCE(promotions_suppressed_at, 0) FROM members WHERE email = '${child.email}'`);
  assert.notEqual(marked[0][0], '0', 'the new account with a suppressed address is not marked');
});

test('P18_registering_with_a_suppressed_address_records_the_suppression', async () => {
  const t = tag();
  const kid = `kid.${t}@example.com`;
  const { guardian, link } = await requestFor(kid, { optOut: true });
  assert.equal((await confirm(link)).status, 200);
  const [id] = requestRow(guardian);
  const { client: staff } = await staffClient(server, 'support');
  await staff.get('/staff/children');
  assert.equal((await staff.post(`/staff/children/${id}/carry-out`, {})).status, 200);
  await waitForMail({ to: guardian, subjectIncludes: 'was carried out' });

  // Nothing the site keeps names the address any more.
  const holders = [
    `SELECT COUNT(*) FROM child_requests WHERE child_email LIKE '%${t}%' OR guardian_email LIKE '%${t}%'`,
    `SELECT COUNT(*) FROM promotion_suppressions WHERE address_hash LIKE '%${t}%'`,
    `SELECT COUNT(*) FROM mail_outbox WHERE body LIKE '%${t}%' OR subject LIKE '%${t}%' OR recipient LIKE '%${t}%'`,
  ];
  // (a mail's body goes once it is delivered, just after the SMTP server has it)
  for (const sql of holders) {
    let count = '';
    for (let i = 0; i < 50 && count !== '0'; i++) {
      count = sqlRows(server, sql)[0][0];
      if (count !== '0') await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(count, '0', sql);
  }

  const m = newMember({ email: kid });
  await registerOk(new Client(server.baseUrl), m);
  const marked = sqlRows(server, `SELECT COALESCE(promotions_suppressed_at, 0) FROM members WHERE email = '${kid}'`);
  assert.notEqual(marked[0][0], '0', 'registration did not record the suppression');
  const other = newMember();
  await registerOk(new Client(server.baseUrl), other);
  assert.equal(sqlRows(server, `SELECT COALESCE(promotions_suppressed_at, 0) FROM members WHERE email = '${other.email}'`)[0][0], '0');
  // No promotional mail was ever queued for it.
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM mail_outbox WHERE recipient = '${kid}' AND kind = 'marketing'`)[0][0], '0');
});

test('P18_bad_input_is_a_field_error_and_nothing_is_stored', async () => {
  const t = tag();
  const c = new Client(server.baseUrl);
  const good = { guardian_name: 'Gerda', guardian_email: `g.${t}@example.com`, child_email: `k.${t}@example.com`, opt_out: 'yes' };
  const cases = [
    [{ ...good, guardian_name: '' }, 'guardian_name'],
    [{ ...good, guardian_name: 'G'.repeat(201) }, 'guardian_name'],
    [{ ...good, guardian_email: 'nope' }, 'guardian_email'],
    [{ ...good, child_email: 'x'.repeat(300) + '@example.com' }, 'child_email'],
    [{ ...good, child_email: good.guardian_email }, 'child_email'],
    [{ guardian_name: 'Gerda', guardian_email: good.guardian_email, child_email: good.child_email }, 'request'],
  ];
  for (const [fields, field] of cases) {
    await c.get('/children');
    const r = await c.post('/children', fields);
    assert.equal(r.status, 422, `${field}: ${r.status}`);
    assert.ok(fieldErrors(r.text)[field], `no field error for ${field}: ${JSON.stringify(fieldErrors(r.text))}`);
  }
  assert.deepEqual(sqlRows(server, `SELECT id FROM child_requests WHERE guardian_email LIKE '%${t}%'`), []);
});
