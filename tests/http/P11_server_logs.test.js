'use strict';
// P-11, policy clause "server-logs": the diagnostic access log names pages
// by their route (never the secret in a single-use link, never a token-like
// piece of an unknown path); the line with the network address goes only
// to the access log's day files (DATA/access-log/access-YYYY-MM-DD.log),
// never to the general log; and the server itself removes the day files
// once they are 14 days old (log.access_retention_days), on a moved clock.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, prepareInstance } = require('./lib/server');
const { Client } = require('./lib/client');
const { rawRequest } = require('./lib/raw');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { createCompany } = require('./lib/market');

const DAY = 86400;

function utcDate(unixSeconds) {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

function nowSeconds() { return Math.floor(Date.now() / 1000); }

function accessDir(server) { return path.join(server.dataDir, 'access-log'); }

// The access log's day files, sorted, and their text.
function accessFiles(server) {
  const dir = accessDir(server);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort();
}
function accessText(server) {
  const dir = accessDir(server);
  return accessFiles(server).filter((n) => /^access-\d{4}-\d{2}-\d{2}\.log$/.test(n))
    .map((n) => fs.readFileSync(path.join(dir, n), 'utf8')).join('');
}

// The general log without the server's own addresses: where it listens,
// its database and its mail relay ("listening on 127.0.0.1:PORT" names the
// server, not a visitor). What is left must hold no IP address.
function generalLogWithoutOwnAddresses(server) {
  let text = fs.readFileSync(server.logFile, 'utf8');
  const own = [server.dbUrl, `127.0.0.1:${server.port}`, `127.0.0.1:${process.env.HANSE_TEST_SMTP_PORT || 2525}`];
  for (const address of own) text = text.split(address).join('OWN-ADDRESS');
  return text;
}

test('P11_server_logs_tokens_are_never_logged_and_addresses_only_in_the_access_log', { timeout: 180000 }, async () => {
  // A small body limit, so that a 413 on a token path is cheap to provoke.
  const server = await startServer({ config: { server: { body_limit_bytes: 4096 } } });
  try {
    const tokens = [];
    const token = (link, prefix) => {
      assert.ok(link && link.startsWith(prefix), `no ${prefix} link: ${link}`);
      const t = link.slice(prefix.length).split('/')[0];
      assert.ok(t.length >= 20, `short token ${t}`);
      tokens.push(t);
      return t;
    };

    // A password-reset link, working.
    const member = newMember();
    await registerOk(new Client(server.baseUrl), member);
    const anon = new Client(server.baseUrl);
    await anon.get('/password/forgot');
    let before = allMail();
    assert.equal((await anon.post('/password/forgot', { email: member.email })).status, 200);
    const resetMail = await waitForMail({ to: member.email, subjectIncludes: 'Reset your', after: before });
    const [resetLink] = linksIn(resetMail, '/password/reset/');
    token(resetLink, '/password/reset/');
    assert.equal((await anon.get(resetLink)).status, 200, 'the reset link works');

    // An invitation link, working.
    const owner = new Client(server.baseUrl);
    await registerOk(owner, newMember());
    await createCompany(owner);
    const members = await owner.get('/company/members');
    const companyId = /name="company_id" value="(\d+)"/.exec(members.text)[1];
    const invited = newMember();
    before = allMail();
    assert.equal((await owner.post('/company/invite', { company_id: companyId, email: invited.email })).status, 303);
    const inviteMail = await waitForMail({ to: invited.email, subjectIncludes: 'Join', after: before });
    const [inviteLink] = linksIn(inviteMail, '/invite/');
    token(inviteLink, '/invite/');
    assert.equal((await new Client(server.baseUrl).get(inviteLink)).status, 200, 'the invitation link works');

    // A staff password link, working.
    const staffEmail = `support.${crypto.randomBytes(4).toString('hex')}@hanse.example`;
    const added = server.run('staff', 'add', '--email', staffEmail, '--role', 'support');
    assert.equal(added.status, 0, added.stderr);
    const staffLink = /\/staff\/password\/[A-Za-z0-9_-]+/.exec(`${added.stdout}\n${added.stderr}`)[0];
    token(staffLink, '/staff/password/');
    assert.equal((await new Client(server.baseUrl).get(staffLink)).status, 200, 'the staff link works');

    // A guardian's confirmation link (P-18), working.
    const guardian = `guardian.${crypto.randomBytes(4).toString('hex')}@example.com`;
    const g = new Client(server.baseUrl);
    await g.get('/children');
    before = allMail();
    const sent = await g.post('/children', { guardian_name: 'Gerda Guardian', guardian_email: guardian,
      child_email: `child.${crypto.randomBytes(4).toString('hex')}@example.com`, opt_out: 'yes' });
    assert.equal(sent.status, 200, sent.text.slice(0, 2000));
    const childMail = await waitForMail({ to: guardian, subjectIncludes: 'confirm', after: before });
    const [childLink] = linksIn(childMail, '/children/confirm/');
    token(childLink, '/children/confirm/');
    assert.equal((await new Client(server.baseUrl).get(childLink)).status, 200, 'the confirmation link works');

    // Requests that match no route, with secrets in their paths: a 404, a
    // 405, a 413 and a 431.
    const typed = crypto.randomBytes(24).toString('base64url');
    tokens.push(typed);
    assert.equal((await new Client(server.baseUrl).get(`/no/such/page/${typed}`)).status, 404);
    const wrongMethod = await fetch(`${server.baseUrl}${inviteLink}`, { method: 'DELETE' });
    assert.equal(wrongMethod.status, 405);
    const body = `new_password=${'a'.repeat(8000)}`;
    const tooBig = await rawRequest(server.port,
      `POST ${resetLink} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    assert.equal(tooBig.status, 413, tooBig.head);
    const bigHeader = await rawRequest(server.port,
      `GET ${staffLink} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(20 * 1024)}\r\n\r\n`);
    assert.equal(bigHeader.status, 431, bigHeader.head);

    // Written out within about a second, while the server runs.
    const deadline = Date.now() + 5000;
    while (!accessText(server).includes('path="/no/such/page/{redacted}"') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await server.stop({ keep: true });

    const access = accessText(server);
    const general = generalLogWithoutOwnAddresses(server);
    for (const t of tokens) {
      assert.ok(!access.includes(t), `a token (${t}) is in the access log`);
      assert.ok(!general.includes(t), `a token (${t}) is in the general log`);
    }
    // Pages by their route; unknown paths without their token-like part.
    for (const line of [
      'method=GET path="/password/reset/{token}" status=200',
      'method=GET path="/invite/{token}" status=200',
      'method=GET path="/staff/password/{token}" status=200',
      'method=GET path="/children/confirm/{token}" status=200',
      'method=GET path="/no/such/page/{redacted}" status=404',
      'method=DELETE path="/invite/{redacted}" status=405',
      'method=POST path="/password/reset/{redacted}" status=413',
    ]) assert.ok(access.includes(line), `access log lacks ${line}:\n${access.slice(-3000)}`);
    // The address in the access log, one line per request, dated; none in
    // the general log.
    assert.match(access, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z method=GET path="\/healthz" status=200 bytes=\d+ duration_us=\d+ remote=127\.0\.0\.1$/m);
    for (const line of access.trim().split('\n')) assert.match(line, / remote=127\.0\.0\.1$/, line);
    assert.ok(!general.includes('127.0.0.1'), `the general log holds an IP address:\n${general.split('\n').filter((l) => l.includes('127.0.0.1')).join('\n')}`);
    assert.ok(!general.includes('remote='), 'the general log has access lines with addresses');
    assert.ok(!general.includes('method=GET path='), 'access lines went to the general log too');
    assert.ok(accessFiles(server).some((n) => /^access-\d{4}-\d{2}-\d{2}\.log$/.test(n)), 'no day file');
  } finally {
    await server.stop({ keep: true }).catch(() => {});
    server.destroy();
  }
});

test('P11_server_logs_day_files_are_removed_by_the_server_after_14_days_on_a_moved_clock', { timeout: 180000 }, async () => {
  const inst = await prepareInstance();
  const dir = path.join(inst.dataDir, 'access-log');
  fs.mkdirSync(dir, { recursive: true });
  const today = nowSeconds();
  const old = (days) => `access-${utcDate(today - days * DAY)}.log`;
  // Files left by an earlier run: 14 and 400 days old go, 13 days old stays;
  // files that are not day files of the access log are left alone.
  for (const name of [old(400), old(14), old(13), old(1), 'notes.txt', `other-${utcDate(today - 400 * DAY)}.log`]) {
    fs.writeFileSync(path.join(dir, name), 'GET / remote=192.0.2.1\n');
  }

  let server = await startServer({ instance: inst });
  let stopped = false;
  try {
    // Removed at start-up.
    assert.deepEqual(accessFiles(server).filter((n) => n !== `access-${utcDate(nowSeconds())}.log`),
      [old(1), old(13), 'notes.txt', `other-${utcDate(today - 400 * DAY)}.log`].sort());
    await new Client(server.baseUrl).get('/privacy');
    await server.stop({ keep: true });
    const dayD = accessFiles(server).filter((n) => /^access-/.test(n)).sort().pop();  // written today, day D
    assert.equal(dayD, `access-${utcDate(nowSeconds())}.log`);
    assert.ok(fs.readFileSync(path.join(dir, dayD), 'utf8').includes('path="/privacy" status=200'));
    const dayDSeconds = Date.parse(`${dayD.slice(7, 17)}T12:00:00Z`) / 1000;

    // 13 days later the server keeps day D's file.
    server = await startServer({ instance: inst, env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(13 * DAY) } });
    await new Client(server.baseUrl).get('/privacy');
    await server.stop({ keep: true });
    assert.ok(accessFiles(server).includes(dayD), `day D's file went too early: ${accessFiles(server)}`);
    assert.ok(accessFiles(server).includes(`access-${utcDate(dayDSeconds + 13 * DAY)}.log`), accessFiles(server).join(' '));

    // 14 and 15 days later it is gone; the later days' files stay.
    server = await startServer({ instance: inst, env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(14 * DAY) } });
    await new Client(server.baseUrl).get('/privacy');
    await server.stop({ keep: true });
    assert.ok(!accessFiles(server).includes(dayD), `day D's file is still there 14 days later: ${accessFiles(server)}`);
    assert.ok(accessFiles(server).includes(`access-${utcDate(dayDSeconds + 13 * DAY)}.log`));
    assert.ok(accessFiles(server).includes(`access-${utcDate(dayDSeconds + 14 * DAY)}.log`));

    server = await startServer({ instance: inst, env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(15 * DAY) } });
    await server.stop({ keep: true });
    stopped = true;
    const left = accessFiles(server).filter((n) => /^access-/.test(n));
    for (const n of left) {
      const age = Math.round((dayDSeconds + 15 * DAY - Date.parse(`${n.slice(7, 17)}T12:00:00Z`) / 1000) / DAY);
      assert.ok(age < 14, `${n} is ${age} days old at D+15`);
    }
    assert.ok(accessFiles(server).includes('notes.txt'), 'a file that is not a day file was removed');
  } finally {
    if (!stopped) await server.stop({ keep: true }).catch(() => {});
    inst.destroy();
  }
});

test('P11_server_logs_a_bad_retention_stops_the_start_naming_the_key', async () => {
  const inst = await prepareInstance({ config: { log: { access_retention_days: 0 } } });
  try {
    const r = inst.run('serve', '--listen', `127.0.0.1:${inst.port}`);
    assert.notEqual(r.status, 0);
    assert.match(`${r.stdout}${r.stderr}`, /log\.access_retention_days/);
  } finally {
    inst.destroy();
  }
});
