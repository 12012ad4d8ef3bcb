'use strict';
// Policy changes (P-19): publishing needs the notice period and a valid
// file, e-mails every member and shows a notice; once the new version is in
// force, a member's older data stays under the version they accepted until
// they accept the new one on /account/policy.

const { test, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, repoRoot } = require('./lib/server');
const { Client } = require('./lib/client');
const { waitForMail } = require('./lib/mail');
const { registerOk } = require('./lib/members');

const DAY = 24 * 3600;
let server;
after(async () => { if (server) await server.stop(); });

function isoDate(offsetDays) {
  return new Date(Date.now() + offsetDays * DAY * 1000).toISOString().slice(0, 10);
}

// Version 2: version 1 plus a clause allowing personalisation of names.
function writeV2(dir) {
  let text = fs.readFileSync(path.join(repoRoot, 'policy', 'v1.toml'), 'utf8');
  text = text.replace(/^version = 1$/m, 'version = 2');
  text += `
[[clause]]
id = "greeting-by-name"
title = "Greeting you by name"
opp115 = "First Party Collection/Use"
text = "We greet you by name on the pages of {site_name}."
categories = ["user.name"]
purposes = ["personalize"]
recipients = ["operator"]
choice = "always"
retention = "while the account exists"
requirements = ["P-19"]
`;
  const file = path.join(dir, 'v2.toml');
  fs.writeFileSync(file, text);
  return file;
}

async function waitFor(fn, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('P19_publish_refuses_early_date_then_notifies_and_member_accepts', { timeout: 120000 }, async () => {
  server = await startServer();
  const member = new Client(server.baseUrl);
  const m = await registerOk(member);
  const v2 = writeV2(server.baseDir);

  // Too early, and an invalid file: refused, nothing changes.
  const early = server.run('policy', 'publish', v2, '--effective', isoDate(5));
  assert.notEqual(early.status, 0);
  assert.match(early.stderr, /too early/);
  const broken = path.join(server.baseDir, 'broken.toml');
  fs.writeFileSync(broken, fs.readFileSync(v2, 'utf8').replace('"personalize"', '"mind_reading"'));
  const invalid = server.run('policy', 'publish', broken, '--effective', isoDate(40));
  assert.notEqual(invalid.status, 0);
  assert.match(invalid.stderr, /mind_reading/);
  const versions = await new Client(server.baseUrl).get('/privacy/versions');
  assert.doesNotMatch(versions.text, /\/privacy\/v\/2/);

  // In time: published, every member e-mailed, notice on every page.
  const effective = isoDate(31);
  const ok = server.run('policy', 'publish', v2, '--effective', effective);
  assert.equal(ok.status, 0, ok.stderr);
  const mail = await waitForMail({ to: m.email, subjectIncludes: 'privacy policy', timeoutMs: 20000 });
  assert.match(mail.text, /\/privacy\/changes\?from=1&to=2/);
  const home = await waitFor(async () => {
    const r = await new Client(server.baseUrl).get('/');
    return /changes on/.test(r.text) ? r : null;
  });
  assert.ok(home, 'no policy change notice on the front page');
  assert.match(home.text, /href="\/privacy\/changes\?from=1&amp;to=2"/);
  // Not in force yet: /privacy still shows version 1.
  assert.doesNotMatch((await new Client(server.baseUrl).get('/privacy')).text, /greeting-by-name|Greeting you by name/);

  // Cross the effective date: restart on the same database with the clock 32 days ahead.
  await server.stop({ keep: true });
  const instance = server;
  server = await startServer({ instance, env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(32 * DAY) } });
  assert.match((await new Client(server.baseUrl).get('/privacy')).text, /Greeting you by name/);

  const again = new Client(server.baseUrl);
  await again.get('/signin');
  const signin = await again.post('/signin', { email: m.email, password: m.password });
  assert.equal(signin.status, 303);
  const account = await again.get('/account');
  assert.match(account.text, /Review and accept it/, 'no invitation to accept version 2');
  const offer = await again.get('/account/policy');
  assert.equal(offer.status, 200);
  assert.match(offer.text, /greeting-by-name/);
  const accepted = await again.post('/account/policy', { version: '2' });
  assert.equal(accepted.status, 303, accepted.text.slice(0, 1500));
  const after = await again.get('/account/policy');
  assert.match(after.text, /nothing to accept/);
});
