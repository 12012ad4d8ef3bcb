'use strict';
// P-11, clause administrative-notices: messages about the account (a
// password reset, a change of the privacy policy) reach a member who
// refused every kind of marketing contact, and each says in one line why
// it is sent whatever those choices. Marketing mail does not reach them.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, repoRoot } = require('./lib/server');
const { Client } = require('./lib/client');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { staffClient } = require('./lib/staff_session');
const { sqlRows } = require('./lib/sql_rows');

const WHY = /You receive this message because it concerns your account or a request you made at .+; it is sent whatever your marketing choices\./;
let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

// A member who unchecked every box on /account/messages.
async function optedOutOfEverything() {
  const client = new Client(server.baseUrl);
  const m = await registerOk(client, newMember());
  await client.get('/account/messages');
  const saved = await client.post('/account/messages', {});
  assert.equal(saved.status, 303, saved.text.slice(0, 500));
  const rows = sqlRows(server, `SELECT what, value FROM consent_ledger c JOIN members m ON m.id = c.member_id WHERE m.email = '${m.email}' AND c.kind = 'marketing' ORDER BY what`);
  assert.deepEqual(rows, [['email.new_services', 'denied'], ['email.newsletter', 'denied'], ['email.promotions', 'denied'], ['mail', 'denied'], ['phone', 'denied']]);
  return { client, ...m };
}

test('P11_administrative_notices_reach_a_member_who_refused_all_marketing_and_say_why', async () => {
  const m = await optedOutOfEverything();

  // Marketing: not to them.
  const { client: admin } = await staffClient(server, 'admin');
  const subject = `Campaign ${crypto.randomBytes(4).toString('hex')}`;
  for (const topic of ['new_services', 'promotions', 'newsletter']) {
    await admin.get('/staff/campaigns');  // the form, with its token
    const created = await admin.post('/staff/campaigns', { topic, subject: `${subject} ${topic}`, body: 'News.' });
    assert.equal(created.status, 303, created.text.slice(0, 500));
    await admin.get(created.location);
    assert.equal((await admin.post(`${created.location}/send`, {})).status, 200);
  }
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM mail_outbox WHERE recipient = '${m.email}' AND kind = 'marketing'`)[0][0], '0');

  // A security notice: the password reset mail.
  const before = allMail();
  const anon = new Client(server.baseUrl);
  await anon.get('/password/forgot');
  assert.equal((await anon.post('/password/forgot', { email: m.email })).status, 200);
  const reset = await waitForMail({ to: m.email, subjectIncludes: 'reset', after: before });
  assert.ok(linksIn(reset, '/password/reset/').length === 1, 'no reset link');
  assert.match(reset.text, WHY);
  assert.equal(reset.headers['list-unsubscribe'], undefined, 'an administrative notice offers unsubscribing');

  // A change of the privacy policy: every member is told, them included.
  let text = fs.readFileSync(path.join(repoRoot, 'policy', 'v1.toml'), 'utf8');
  text = text.replace(/^version = 1$/m, 'version = 2');
  const file = path.join(server.baseDir, 'v2.toml');
  fs.writeFileSync(file, text);
  const effective = new Date(Date.now() + 31 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const published = server.run('policy', 'publish', file, '--effective', effective);
  assert.equal(published.status, 0, published.stderr);
  const notice = await waitForMail({ to: m.email, subjectIncludes: 'privacy policy', after: before });
  assert.match(notice.text, WHY);
  assert.equal(notice.headers['list-unsubscribe'], undefined);
  const kinds = sqlRows(server, `SELECT kind FROM mail_outbox WHERE recipient = '${m.email}' ORDER BY id`).map((r) => r[0]);
  assert.ok(kinds.length >= 2 && kinds.every((k) => k === 'administrative'), kinds.join(','));
});
