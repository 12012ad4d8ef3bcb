'use strict';
// A signed-in staff member for HTTP tests: `hanse staff add`, the
// set-password link, then the staff sign-in.

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { Client } = require('./client');

// A Client signed in as a new staff member with the role; also returns its address.
async function staffClient(server, role) {
  const email = `staff.${crypto.randomBytes(4).toString('hex')}@hanse.example`;
  const r = server.run('staff', 'add', '--email', email, '--role', role);
  assert.equal(r.status, 0, `hanse staff add: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  const link = /\/staff\/password\/[A-Za-z0-9_\-]+/.exec(`${r.stdout}\n${r.stderr}`);
  assert.ok(link, `no set-password link in:\n${r.stdout}\n${r.stderr}`);
  const c = new Client(server.baseUrl);
  const password = `Staff-Secret-${crypto.randomBytes(6).toString('hex')}`;
  await c.get(link[0]);
  assert.equal((await c.post(link[0], { new_password: password })).status, 303);
  await c.get('/staff/signin');
  const signin = await c.post('/staff/signin', { email, password });
  assert.equal(signin.status, 303, signin.text.slice(0, 1000));
  return { client: c, email };
}

module.exports = { staffClient };
