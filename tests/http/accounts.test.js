'use strict';
// Member accounts: registration, sign-in and out, sessions, password change
// and reset, throttling (P-4, P-5, P-6, P-7).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, fieldErrors, formError, inputValue, hasInput, tagAttributes } = require('./lib/client');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, register, registerOk, signIn, signInOk, signOut, isSignedIn } = require('./lib/members');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

const client = (ua = 'hanse-tests') => new Client(server.baseUrl, { userAgent: ua });

function sessionCookie(res) {
  return res.setCookies.find((c) => c.name === 'hanse_session');
}

// [{id, html, action}] for each <li class="session"> on the sessions page.
function sessions(html) {
  const out = [];
  const re = /<li\b([^>]*)>([\s\S]*?)<\/li>/gi;
  let m;
  while ((m = re.exec(html))) {
    const attrs = tagAttributes(`<li ${m[1]}>`);
    if (!(attrs.class || '').split(/\s+/).includes('session')) continue;
    const action = /action="(\/account\/sessions\/([^"/]+)\/revoke)"/.exec(m[2]);
    out.push({ html: m[2], action: action ? action[1] : null, id: action ? action[2] : null });
  }
  return out;
}

test('P5_session_cookie_httponly_lax_without_expiry: register -> 303 /account', async () => {
  const c = client();
  const m = newMember();
  const r = await register(c, m);
  assert.equal(r.status, 303, r.text.slice(0, 2000));
  assert.equal(r.location, '/account');
  const sc = sessionCookie(r);
  assert.ok(sc, 'no hanse_session cookie');
  assert.equal(sc.attrs.httponly, true, `not HttpOnly: ${sc.raw}`);
  assert.equal(String(sc.attrs.samesite).toLowerCase(), 'lax', `not SameSite=Lax: ${sc.raw}`);
  assert.equal(sc.attrs.path, '/', `not Path=/: ${sc.raw}`);
  assert.equal(sc.attrs.expires, undefined, `has Expires: ${sc.raw}`);
  assert.equal(sc.attrs['max-age'], undefined, `has Max-Age: ${sc.raw}`);
  const account = await c.get('/account');
  assert.equal(account.status, 200);
});

test('register: invalid fields -> 422, errors per field, values kept, password empty, no member', async () => {
  const c = client();
  const m = newMember({ name: '' });
  const r = await register(c, { ...m, email: 'not-an-email' });
  assert.equal(r.status, 422);
  const errors = fieldErrors(r.text);
  assert.ok(errors.email, `no error for email: ${JSON.stringify(errors)}`);
  assert.ok(errors.name, `no error for name: ${JSON.stringify(errors)}`);
  assert.equal(inputValue(r.text, 'email'), 'not-an-email');
  assert.equal(inputValue(r.text, 'company_name'), m.company_name);
  // Kept, though perhaps normalised (+49 30 1234567 -> +49301234567).
  assert.equal((inputValue(r.text, 'phone') || '').replace(/[^+0-9]/g, ''), m.phone.replace(/[^+0-9]/g, ''));
  assert.ok(hasInput(r.text, 'password'), 'the form has no password field');
  assert.equal(inputValue(r.text, 'password') || '', '', 'the password was sent back');
  assert.ok(!r.text.includes(m.password), 'the password is in the page');

  // Valid e-mail, empty name: still nothing created ...
  const r2 = await c.post('/register', m);
  assert.equal(r2.status, 422);
  assert.ok(fieldErrors(r2.text).name);
  // ... so the same e-mail registers afterwards.
  await registerOk(client(), { ...m, name: 'Ada Lovelace' });
});

test('register: a taken e-mail -> 422 with an error on email', async () => {
  const m = await registerOk(client());
  const r = await register(client(), newMember({ email: m.email.toUpperCase() }));
  assert.equal(r.status, 422);
  assert.ok(fieldErrors(r.text).email, 'no error on email');
});

test('P6_csrf_missing_or_wrong_token_refused: 403 and no member', async () => {
  const c = client();
  const m = newMember();
  await c.get('/register');
  const missing = await c.post('/register', { ...m, csrf: null });
  assert.equal(missing.status, 403);
  await c.get('/register');
  const wrong = await c.post('/register', { ...m, csrf: 'x'.repeat(43) });
  assert.equal(wrong.status, 403);
  const noCookie = client();
  await noCookie.get('/register');
  noCookie.deleteCookie('hanse_csrf');
  const r3 = await noCookie.post('/register', m);
  assert.equal(r3.status, 403);
  await registerOk(client(), m);
});

test('P5_signed_out_token_is_dead', async () => {
  const c = client();
  await registerOk(c);
  const old = c.clone();
  assert.ok(old.cookie('hanse_session'));
  await signOut(c);
  assert.equal(await isSignedIn(c), false);
  assert.equal(await isSignedIn(old), false, 'the old session cookie still opens /account');
});

test('GET /account signed out -> 303 /signin', async () => {
  const r = await client().get('/account');
  assert.equal(r.status, 303);
  assert.match(r.location, /^\/signin/);
});

test('P6_signin_error_does_not_say_which_part_was_wrong', async () => {
  const m = await registerOk(client());
  const wrong = await signIn(client(), m.email, `${m.password}x`);
  const unknown = await signIn(client(), `nobody.${Date.now()}@example.com`, m.password);
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  const a = formError(wrong.text);
  const b = formError(unknown.text);
  assert.ok(a, 'no <p class="form-error">');
  assert.equal(a, b);
  assert.equal(inputValue(wrong.text, 'password') || '', '');
});

test('sign in: "remember" sets a cookie of about 30 days', async () => {
  const m = await registerOk(client());
  const c = client();
  const r = await signInOk(c, m.email, m.password, { remember: true });
  const sc = sessionCookie(r);
  assert.ok(sc, 'no hanse_session cookie');
  let seconds;
  if (sc.attrs['max-age'] !== undefined) seconds = Number(sc.attrs['max-age']);
  else seconds = (Date.parse(sc.attrs.expires) - Date.now()) / 1000;
  assert.ok(seconds > 29 * 86400 && seconds < 31 * 86400, `lifetime ${seconds} s: ${sc.raw}`);
  assert.equal(sc.attrs.httponly, true);
  assert.equal(await isSignedIn(c), true);
});

test('P5_sessions_listed_and_one_can_be_ended', async () => {
  const a = client('hanse-tests-client-A');
  const b = client('hanse-tests-client-B');
  const m = await registerOk(a);
  await signInOk(b, m.email, m.password);
  const page = await a.get('/account/sessions');
  assert.equal(page.status, 200);
  const list = sessions(page.text);
  assert.equal(list.length, 2, `sessions listed: ${list.length}`);
  let target = list.find((s) => s.html.includes('client-B') && s.action);
  if (!target) target = list.filter((s) => s.action).sort((x, y) => Number(y.id) - Number(x.id))[0];
  assert.ok(target, 'no revoke form');
  const r = await a.post(target.action, {});
  assert.equal(r.status, 303);
  assert.equal(await isSignedIn(b), false, 'the revoked client is still signed in');
  assert.equal(await isSignedIn(a), true, 'the revoking client lost its session');
  const after = sessions((await a.get('/account/sessions')).text);
  assert.equal(after.length, 1);
});

test('P5_sign_out_everywhere_ends_every_session', async () => {
  const a = client('hanse-tests-client-A');
  const b = client('hanse-tests-client-B');
  const m = await registerOk(a);
  await signInOk(b, m.email, m.password);
  await a.get('/account/sessions');
  const r = await a.post('/account/sessions/revoke-all', {});
  assert.equal(r.status, 303);
  assert.match(r.location, /^\/signin/);
  assert.equal(await isSignedIn(a), false);
  assert.equal(await isSignedIn(b), false);
});

test('P4_password_change_needs_current_password_and_ends_other_sessions', async () => {
  const a = client('hanse-tests-client-A');
  const b = client('hanse-tests-client-B');
  const m = await registerOk(a);
  await signInOk(b, m.email, m.password);
  const form = await a.get('/account/password');
  assert.equal(form.status, 200);
  const newPassword = `${m.password}-changed`;
  const wrong = await a.post('/account/password', { current_password: 'not-my-password-1', new_password: newPassword });
  assert.equal(wrong.status, 422);
  assert.equal(inputValue(wrong.text, 'current_password') || '', '');
  assert.equal(inputValue(wrong.text, 'new_password') || '', '');
  assert.equal(await isSignedIn(b), true, 'a refused change ended a session');
  await a.get('/account/password');
  const ok = await a.post('/account/password', { current_password: m.password, new_password: newPassword });
  assert.equal(ok.status, 303, ok.text.slice(0, 2000));
  assert.equal(ok.locationPath, '/account');
  assert.equal(await isSignedIn(a), true, 'the current session ended');
  assert.equal(await isSignedIn(b), false, 'the other session survived');
  assert.equal((await signIn(client(), m.email, m.password)).status, 401);
  await signInOk(client(), m.email, newPassword);
});

// The page text with what may legitimately differ removed.
function normalisedPage(html, email) {
  return html
    .split(email).join('EMAIL')
    .replace(/(name="csrf"[^>]*value=")[^"]*"/g, '$1"')
    .replace(/(value=")[^"]*("[^>]*name="csrf")/g, '$1$2')
    .replace(/nonce="[^"]*"/g, 'nonce=""');
}

test('P4_password_reset_single_use_link_same_answer_for_unknown_address', async () => {
  const m = await registerOk(client());
  const before = allMail();
  const c = client();
  assert.equal((await c.get('/password/forgot')).status, 200);
  const known = await c.post('/password/forgot', { email: m.email });
  const unknownEmail = `nobody.${Date.now()}@example.com`;
  const c2 = client();
  await c2.get('/password/forgot');
  const unknown = await c2.post('/password/forgot', { email: unknownEmail });
  assert.equal(known.status, 200);
  assert.equal(unknown.status, 200);
  assert.equal(normalisedPage(known.text, m.email), normalisedPage(unknown.text, unknownEmail),
    'the answers differ between a registered and an unregistered address');

  const mail = await waitForMail({ to: m.email, after: before });
  assert.match(mail.text, /never ask/i);
  assert.match(mail.text, /password/i);
  const [link] = linksIn(mail, '/password/reset/');
  assert.ok(link, `no /password/reset/ link in:\n${mail.text}`);

  const reader = client();
  const form = await reader.get(link);
  assert.equal(form.status, 200);
  assert.ok(hasInput(form.text, 'new_password'));
  const newPassword = `${m.password}-reset`;
  const set = await reader.post(link, { new_password: newPassword });
  assert.equal(set.status, 303, set.text.slice(0, 2000));
  assert.match(set.location, /^\/signin/);

  const again = client();
  const used = await again.get(link);
  assert.equal(used.status, 400, 'a used link still opens');
  await again.get('/password/forgot'); // a CSRF token, so that only the link is wrong
  const reuse = await again.post(link, { new_password: `${m.password}-again` });
  assert.equal(reuse.status, 400, 'a used link still sets a password');

  assert.equal((await signIn(client(), m.email, m.password)).status, 401, 'the old password still works');
  await signInOk(client(), m.email, newPassword);
  assert.equal((await client().get('/password/reset/not-a-real-token')).status, 400);
});

test('P6_signin_rate_limited: 10 wrong passwords -> 429, right one refused meanwhile', async () => {
  const m = await registerOk(client());
  const statuses = [];
  for (let i = 0; i < 10; i++) {
    const r = await signIn(client(), m.email, `wrong-password-${i}`);
    statuses.push(r.status);
  }
  assert.ok(statuses.every((s) => s === 401 || s === 429), `statuses: ${statuses}`);
  assert.equal(statuses[statuses.length - 1], 429, `statuses: ${statuses}`);
  const right = await signIn(client(), m.email, m.password);
  assert.equal(right.status, 429, 'the right password opened a blocked account');
});

test('P4_every_mail_reminds_staff_never_ask_for_passwords', () => {
  const mail = allMail();
  assert.ok(mail.length > 0, 'no mail at all');
  for (const m of mail) {
    assert.match(m.text, /never ask/i, `${m.subject} (${m.file}) lacks "never ask"`);
    assert.match(m.text, /password/i, `${m.subject} (${m.file}) lacks "password"`);
  }
});

test('P7_registration_states_the_purpose_next_to_each_field', async () => {
  const c = client();
  const page = await c.get('/register');
  assert.equal(page.status, 200);
  for (const field of ['name', 'email', 'phone', 'address', 'country', 'company_name', 'company_address', 'password']) {
    const tag = new RegExp(`<(input|select|textarea)\\b[^>]*\\bid="${field}"[^>]*>`).exec(page.text);
    assert.ok(tag, `no ${field} field`);
    assert.match(tag[0], new RegExp(`aria-describedby="${field}-why`), `${field} is not described by its purpose`);
    const why = new RegExp(`<p class="why" id="${field}-why">([^<]+)</p>`).exec(page.text);
    assert.ok(why && /why/i.test(why[1]), `no purpose shown for ${field}`);
  }
});
