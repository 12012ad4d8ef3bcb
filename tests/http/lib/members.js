'use strict';
// Member fixtures and the sign-up / sign-in steps that most tests share.

const crypto = require('node:crypto');
const assert = require('node:assert/strict');

let counter = 0;

// Valid registration fields with a unique e-mail address; OVERRIDES win.
function newMember(overrides = {}) {
  counter += 1;
  const tag = `${process.pid}${counter}${crypto.randomBytes(3).toString('hex')}`;
  return {
    name: 'Ada Lovelace',
    email: `ada.${tag}@example.com`,
    phone: '+49 30 1234567',
    address: 'Hafenstrasse 1, 20457 Hamburg',
    country: 'DE',
    company_name: `Lovelace Engines ${tag}`,
    company_address: 'Speicherstadt 5, 20457 Hamburg',
    password: `Analytical-Engine-${tag}!`,
    accept_policy: '1',
    ...overrides,
  };
}

// GET /register, POST it; returns the POST response (expect 303 /account).
async function register(client, member) {
  const page = await client.get('/register');
  assert.equal(page.status, 200, `GET /register: ${page.status}`);
  return client.post('/register', member);
}

// Registers and asserts success.
async function registerOk(client, member = newMember()) {
  const r = await register(client, member);
  assert.equal(r.status, 303, `register: status ${r.status}\n${r.text.slice(0, 2000)}`);
  assert.equal(r.locationPath, '/account');
  return member;
}

async function signIn(client, email, password, { remember = false } = {}) {
  const page = await client.get('/signin');
  assert.equal(page.status, 200, `GET /signin: ${page.status}`);
  const fields = { email, password };
  if (remember) fields.remember = '1';
  return client.post('/signin', fields);
}

async function signInOk(client, email, password, opts) {
  const r = await signIn(client, email, password, opts);
  assert.equal(r.status, 303, `sign in: status ${r.status}\n${r.text.slice(0, 2000)}`);
  assert.equal(r.locationPath, '/account');
  return r;
}

// POST /signout from a page that carries the token (the account page).
async function signOut(client) {
  await client.get('/account');
  const r = await client.post('/signout', {});
  assert.equal(r.status, 303, `sign out: status ${r.status}`);
  assert.equal(r.locationPath, '/');
  return r;
}

// True when the client's cookies open /account.
async function isSignedIn(client) {
  const r = await client.get('/account');
  if (r.status === 200) return true;
  assert.equal(r.status, 303, `/account: unexpected status ${r.status}`);
  assert.match(r.location, /^\/signin/);
  return false;
}

module.exports = { newMember, register, registerOk, signIn, signInOk, signOut, isSignedIn };
