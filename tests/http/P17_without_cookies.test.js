'use strict';
// P-17: with cookies disabled the site still browses; signing in and forms,
// which need a cookie, say which one and why instead of a bare 403, and a
// form that could not be accepted is offered again with what was typed.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client, inputValue } = require('./lib/client');
const { newMember, registerOk } = require('./lib/members');
const { createCompany, addProduct, postOffer } = require('./lib/market');
const { sqlRows } = require('./lib/sql_rows');

// A browser that refuses every cookie: it never sends one back.
class CookielessClient extends Client {
  storeCookies() {}
}

let server;
let member;
let listing;
before(async () => {
  server = await startServer();
  const owner = new Client(server.baseUrl);
  member = await registerOk(owner, newMember());
  listing = [(await createCompany(owner)).path, (await addProduct(owner)).path, (await postOffer(owner)).path];
});
after(async () => { if (server) await server.stop(); });

test('P17_a_cookieless_client_browses_every_public_page', async () => {
  const c = new CookielessClient(server.baseUrl);
  for (const p of ['/', '/search?q=machine+tools', '/search?q=valve&kind=offer', '/categories',
    '/category/industrial-machinery', '/category/industrial-machinery/machine-tools', ...listing,
    '/privacy', '/privacy/cookies', '/transparency', '/signin', '/register', '/feedback']) {
    const r = await c.get(p);
    assert.equal(r.status, 200, `${p}: ${r.status}`);
    assert.equal(c.cookieHeader(), '');
  }
});

test('P17_signing_in_without_cookies_says_which_cookies_it_needs', async () => {
  const c = new CookielessClient(server.baseUrl);
  const form = await c.get('/signin');
  assert.match(form.text, /Signing in needs cookies/);
  const r = await c.post('/signin', { email: member.email, password: member.password, remember: '1' });
  assert.equal(r.status, 403);
  assert.match(r.text, /This form needs a cookie/);
  assert.match(r.text, /<code>hanse_csrf<\/code>/);
  assert.match(r.text, /<code>hanse_session<\/code>/);
  assert.match(r.text, /browse, search and read/);
  // What was typed is kept in the form itself, except the password, which is asked for again.
  assert.equal(inputValue(r.text, 'email'), member.email);
  assert.equal(inputValue(r.text, 'remember'), '1');
  assert.equal(inputValue(r.text, 'password'), '');
  assert.ok(!r.text.includes(member.password), 'the password was written into the page');
  assert.equal(sqlRows(server, `SELECT count(*) FROM sessions s JOIN members m ON m.id = s.member_id WHERE m.email = '${member.email}'`)[0][0], '1',
    'a session was opened without the cookie check');
});

test('P17_a_form_asks_again_and_goes_through_once_the_cookie_is_kept', async () => {
  const t = crypto.randomBytes(4).toString('hex');
  const message = `Line one ${t}\nline two & <b>three</b>`;
  const refusing = new CookielessClient(server.baseUrl);
  await refusing.get('/feedback');
  const r = await refusing.post('/feedback', { topic: 'services', message, reply_email: `cookieless.${t}@example.com` });
  assert.equal(r.status, 403);
  assert.match(r.text, /This form needs a cookie/);
  assert.equal(inputValue(r.text, 'message'), message, 'the message was not kept');
  assert.equal(sqlRows(server, `SELECT count(*) FROM feedback WHERE message LIKE '%${t}%'`)[0][0], '0');
  // The same visitor, now allowing cookies, sends the page's form again.
  const allowing = new Client(server.baseUrl);
  allowing.lastHtml = r.text;
  allowing.storeCookies(r.setCookies);
  const again = await allowing.post('/feedback', { topic: 'services', message, reply_email: `cookieless.${t}@example.com` });
  assert.equal(again.status, 200, again.text.slice(0, 500));
  assert.equal(sqlRows(server, `SELECT count(*) FROM feedback WHERE message LIKE '%${t}%'`)[0][0], '1');
});
