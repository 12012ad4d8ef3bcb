'use strict';
// The outbox keeps nothing it need not (issue 11): once a password-reset
// mail is delivered, its row holds recipient, kind, subject, status and
// dates, and no trace of the single-use token.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { sqlRows } = require('./lib/sql_rows');

test('delivered_reset_mail_keeps_no_token_in_the_outbox', async () => {
  const server = await startServer();
  try {
    const m = newMember();
    await registerOk(new Client(server.baseUrl), m);
    const c = new Client(server.baseUrl);
    await c.get('/password/forgot');
    const before = allMail();
    assert.equal((await c.post('/password/forgot', { email: m.email })).status, 200);
    const mail = await waitForMail({ to: m.email, after: before });
    const [link] = linksIn(mail, '/password/reset/');
    assert.ok(link, 'no reset link');
    const token = link.split('/').pop();

    // The row is marked sent just after the SMTP server took the mail.
    const sql = `SELECT status, body, subject, kind, last_error, recipient FROM mail_outbox WHERE recipient = '${m.email}' ORDER BY id`;
    let rows = [];
    for (let i = 0; i < 50; i++) {
      rows = sqlRows(server, sql);
      if (rows.length && rows.every((r) => r[0] === 'sent')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(rows.length >= 1, 'no outbox row');
    for (const [status, body, subject, kind, lastError, recipient] of rows) {
      assert.equal(status, 'sent');
      assert.equal(body, '', 'a delivered row keeps its body');
      assert.ok(!subject.includes(token) && !lastError.includes(token));
      assert.equal(kind, 'administrative');
      assert.equal(recipient, m.email);
    }
    const anywhere = sqlRows(server, `SELECT COUNT(*) FROM mail_outbox WHERE body LIKE '%${token}%' OR subject LIKE '%${token}%' OR last_error LIKE '%${token}%'`);
    assert.equal(anywhere[0][0], '0');
    assert.ok(!server.log().includes(token), 'the server log holds the token');
    // The link still works: only the stored copy went.
    assert.equal((await new Client(server.baseUrl).get(link)).status, 200);
  } finally {
    await server.stop();
  }
});
