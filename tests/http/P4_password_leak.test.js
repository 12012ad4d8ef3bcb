'use strict';
// P-4: a password never reaches the database, the logs or the mail in clear.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { startServer } = require('./lib/server');
const { filesUnder } = require('./lib/files');
const { Client } = require('./lib/client');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, registerOk, signInOk, signOut } = require('./lib/members');

// Asserts that none of SECRETS occurs in BUF (raw bytes, and as UTF-16 too).
function assertAbsent(buf, secrets, where) {
  for (const s of secrets) {
    for (const needle of [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]) {
      assert.equal(buf.indexOf(needle), -1, `a password appears in ${where}`);
    }
  }
}

test('P4_password_absent_from_db_logs_mail', { timeout: 120000 }, async () => {
  const server = await startServer();
  try {
    const tag = crypto.randomBytes(5).toString('hex');
    const pw1 = `Quokka-Zebra-${tag}-first`;
    const pw2 = `Narwhal-Okapi-${tag}-second`;
    const pw3 = `Axolotl-Tapir-${tag}-third`;
    const secrets = [pw1, pw2, pw3];
    const m = newMember({ password: pw1 });
    const c = new Client(server.baseUrl);

    await registerOk(c, m);
    await signOut(c);
    await signInOk(c, m.email, pw1);
    await c.get('/account/password');
    const changed = await c.post('/account/password', { current_password: pw1, new_password: pw2 });
    assert.equal(changed.status, 303, changed.text.slice(0, 1000));

    const before = allMail();
    const anon = new Client(server.baseUrl);
    await anon.get('/password/forgot');
    assert.equal((await anon.post('/password/forgot', { email: m.email })).status, 200);
    const mail = await waitForMail({ to: m.email, after: before });
    const [link] = linksIn(mail, '/password/reset/');
    assert.ok(link, 'no reset link');
    await anon.get(link);
    const reset = await anon.post(link, { new_password: pw3 });
    assert.equal(reset.status, 303, reset.text.slice(0, 1000));
    await signInOk(new Client(server.baseUrl), m.email, pw3);

    // While the server runs (SQLite -wal and -shm still present) ...
    for (const f of filesUnder(server.dataDir)) assertAbsent(fs.readFileSync(f), secrets, f);
    if (server.backend === 'postgres') assertAbsent(server.pgDump(), secrets, 'pg_dump of the database');

    // ... and after a clean shutdown.
    await server.stop({ keep: true });
    for (const f of filesUnder(server.dataDir)) assertAbsent(fs.readFileSync(f), secrets, f);
    assertAbsent(fs.readFileSync(server.logFile), secrets, `the server log ${server.logFile}`);
    for (const msg of allMail()) {
      assertAbsent(msg.raw, secrets, `mail ${msg.file}`);
      assertAbsent(Buffer.from(msg.text, 'utf8'), secrets, `mail ${msg.file} (decoded)`);
    }
  } finally {
    await server.stop({ keep: true }).catch(() => {});
    server.destroy();
  }
});
