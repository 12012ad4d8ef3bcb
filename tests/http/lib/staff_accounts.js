'use strict';
// Staff fixtures: a staff account made with `hanse staff add`, its password
// set through the printed single-use link, and a client signed in with it.
//
//   const { email, password } = await newStaff(server, 'compliance');
//   const { client } = await signedInStaff(server, 'support');

const crypto = require('node:crypto');
const assert = require('node:assert/strict');
const { Client } = require('./client');

// A staff account with its password set: {email, password}.
async function newStaff(server, role) {
  const email = `${role}.${crypto.randomBytes(4).toString('hex')}@hanse.example`;
  const r = server.run('staff', 'add', '--email', email, '--role', role);
  assert.equal(r.status, 0, `hanse staff add: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  const link = /\/staff\/password\/[A-Za-z0-9_\-]+/.exec(`${r.stdout}\n${r.stderr}`);
  assert.ok(link, `no /staff/password/TOKEN link in:\n${r.stdout}\n${r.stderr}`);
  const client = new Client(server.baseUrl);
  const password = `Staff-Secret-${crypto.randomBytes(6).toString('hex')}`;
  assert.equal((await client.get(link[0])).status, 200);
  const set = await client.post(link[0], { new_password: password });
  assert.equal(set.status, 303, set.text.slice(0, 2000));
  return { email, password };
}

// A client signed in as a new staff member: {client, email}.
async function signedInStaff(server, role) {
  const { email, password } = await newStaff(server, role);
  const client = new Client(server.baseUrl);
  assert.equal((await client.get('/staff/signin')).status, 200);
  const signin = await client.post('/staff/signin', { email, password });
  assert.equal(signin.status, 303, signin.text.slice(0, 2000));
  return { client, email };
}

module.exports = { newStaff, signedInStaff };
