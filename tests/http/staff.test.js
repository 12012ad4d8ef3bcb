'use strict';
// Staff accounts (S-1): created from the command line with a one-time link,
// separate from members.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client, hasInput } = require('./lib/client');
const { registerOk } = require('./lib/members');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

function staffEmail() {
  return `staff.${crypto.randomBytes(4).toString('hex')}@hanse.example`;
}

async function addStaff(email, role) {
  const r = server.run('staff', 'add', '--email', email, '--role', role);
  assert.equal(r.status, 0, `hanse staff add: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  const m = /\/staff\/password\/[A-Za-z0-9_\-]+/.exec(`${r.stdout}\n${r.stderr}`);
  assert.ok(m, `no /staff/password/TOKEN link in:\n${r.stdout}\n${r.stderr}`);
  return m[0];
}

test('S1_staff_add_prints_set_password_link_and_staff_sign_in', async () => {
  const email = staffEmail();
  const link = await addStaff(email, 'support');
  const c = new Client(server.baseUrl);
  const form = await c.get(link);
  assert.equal(form.status, 200);
  assert.ok(hasInput(form.text, 'new_password'), 'no new_password field');
  const password = `Staff-Secret-${crypto.randomBytes(4).toString('hex')}`;
  const set = await c.post(link, { new_password: password });
  assert.equal(set.status, 303, set.text.slice(0, 2000));
  assert.match(set.location, /^\/staff\/signin/);

  assert.equal((await new Client(server.baseUrl).get(link)).status, 400, 'the link works twice');

  assert.equal((await c.get('/staff/signin')).status, 200);
  const signin = await c.post('/staff/signin', { email, password });
  assert.equal(signin.status, 303, signin.text.slice(0, 2000));
  assert.equal(signin.location, '/staff');
  const home = await c.get('/staff');
  assert.equal(home.status, 200);
  assert.match(home.text, /support/i, 'the staff page does not show the role');
  assert.ok(!home.text.includes(password), 'the staff page shows the password');
  assert.ok(!home.text.includes('$argon2'), 'the staff page shows a password hash');

  const wrong = new Client(server.baseUrl);
  await wrong.get('/staff/signin');
  const bad = await wrong.post('/staff/signin', { email, password: `${password}x` });
  assert.equal(bad.status, 401);

  await c.get('/staff');
  const out = await c.post('/staff/signout', {});
  assert.equal(out.status, 303);
  const after = await c.get('/staff');
  assert.ok(after.status === 403 || (after.status === 303 && /^\/staff\/signin/.test(after.location)),
    `signed-out staff still opens /staff (${after.status})`);
});

test("S1_member_session_does_not_open_staff_pages", async () => {
  const c = new Client(server.baseUrl);
  await registerOk(c);
  const r = await c.get('/staff');
  assert.ok(r.status === 403 || (r.status === 303 && /^\/staff\/signin/.test(r.location)),
    `member got ${r.status} ${r.location || ''}`);
});

test('staff add with an unknown role fails naming the role', () => {
  const r = server.run('staff', 'add', '--email', staffEmail(), '--role', 'wizard');
  assert.notEqual(r.status, 0);
  assert.match(`${r.stdout}\n${r.stderr}`, /wizard/);
});
