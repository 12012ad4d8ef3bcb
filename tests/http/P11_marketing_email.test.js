'use strict';
// P-11, clause marketing-email: members choose which marketing they want
// (/account/messages; defaults from their policy version's clause); staff
// campaigns reach, through the outbox, only members the guard and those
// choices allow, never a suppressed (children's list) address; every
// marketing mail carries RFC 8058 one-click unsubscribe headers and a link
// that works without signing in; the unsubscribe is in the consent ledger
// and the member's data download; a forged link changes nothing.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client, fieldErrors } = require('./lib/client');
const { waitForMail, allMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { staffClient } = require('./lib/staff_session');
const { sqlRows } = require('./lib/sql_rows');
const { unzip } = require('./lib/unzip');

let server;
let admin;
before(async () => {
  server = await startServer();
  admin = (await staffClient(server, 'admin')).client;
});
after(async () => { if (server) await server.stop(); });

function tag() { return crypto.randomBytes(5).toString('hex'); }

async function member() {
  const client = new Client(server.baseUrl);
  const m = await registerOk(client, newMember());
  return { client, ...m };
}

// Saves the member's choices on /account/messages: `allowed` lists the
// boxes left checked.
async function choose(m, allowed) {
  const page = await m.client.get('/account/messages');
  assert.equal(page.status, 200, page.text.slice(0, 500));
  const fields = {};
  for (const what of allowed) fields[what] = 'on';
  const saved = await m.client.post('/account/messages', fields);
  assert.equal(saved.status, 303, saved.text.slice(0, 500));
  return m.client.follow(saved);
}

// Writes and sends a campaign; returns its subject and how many it reached.
async function sendCampaign(topic, { body = 'Our spring offers are here.' } = {}) {
  const subject = `Campaign ${tag()}`;
  await admin.get('/staff/campaigns');
  const created = await admin.post('/staff/campaigns', { topic, subject, body });
  assert.equal(created.status, 303, created.text.slice(0, 1000));
  assert.match(created.location, /^\/staff\/campaigns\/\d+$/);
  const preview = await admin.get(created.location);
  assert.equal(preview.status, 200);
  assert.ok(preview.text.includes(body), 'the preview lacks the text');
  assert.match(preview.text, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
  const sent = await admin.post(`${created.location}/send`, {});
  assert.equal(sent.status, 200, sent.text.slice(0, 1000));
  const [count] = sqlRows(server, `SELECT recipients FROM marketing_campaigns WHERE subject = '${subject}'`)[0];
  return { subject, count: Number(count), path: created.location };
}

// The addressees of a campaign as queued in the outbox (one transaction).
function queuedTo(subject) {
  return sqlRows(server, `SELECT recipient FROM mail_outbox WHERE subject = '${subject}' AND kind = 'marketing'`)
    .map((r) => r[0]);
}

// Waits until the outbox has delivered everything of this subject.
async function delivered(subject) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const pending = sqlRows(server, `SELECT COUNT(*) FROM mail_outbox WHERE subject = '${subject}' AND status = 'pending'`)[0][0];
    if (pending === '0') return;
    assert.ok(Date.now() < deadline, 'the campaign was not delivered in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

function mailsTo(email, subject) {
  return allMail().filter((m) => m.to.toLowerCase().includes(email.toLowerCase()) && m.subject === subject);
}

// Puts the address on the children's suppression list the way P-18 does:
// a guardian's confirmed request, carried out by support staff.
async function suppress(email) {
  const guardian = `guardian.${tag()}@example.com`;
  const c = new Client(server.baseUrl);
  await c.get('/children');
  const before = allMail();
  const sent = await c.post('/children', { guardian_name: 'Gerda Guardian', guardian_email: guardian, child_email: email, opt_out: 'yes' });
  assert.equal(sent.status, 200, sent.text.slice(0, 1000));
  const mail = await waitForMail({ to: guardian, subjectIncludes: 'confirm your request', after: before });
  const [link] = linksIn(mail, '/children/confirm/');
  const confirmer = new Client(server.baseUrl);
  await confirmer.get(link);
  assert.equal((await confirmer.post(link, {})).status, 200);
  const [id] = sqlRows(server, `SELECT id FROM child_requests WHERE guardian_email = '${guardian}'`)[0];
  const { client: support } = await staffClient(server, 'support');
  await support.get('/staff/children');
  const done = await support.post(`/staff/children/${id}/carry-out`, {});
  assert.equal(done.status, 200, done.text.slice(0, 1000));
  const marked = sqlRows(server, `SELECT promotions_suppressed_at FROM members WHERE email = '${email}'`)[0][0];
  assert.notEqual(marked, '', 'the account is not marked as suppressed');
}

test('P11_marketing_email_campaign_reaches_only_allowed_members_with_one_click_headers', async () => {
  const allowed = await member();
  const refused = await member();
  const child = await member();
  // The page lists the five choices; under policy v1 (opt-out) all start allowed.
  const page = await refused.client.get('/account/messages');
  for (const what of ['email.new_services', 'email.promotions', 'email.newsletter', 'mail', 'phone'])
    assert.match(page.text, new RegExp(`name="${what.replace('.', '\\.')}"[^>]* checked`), what);
  assert.match((await refused.client.get('/account')).text, /href="\/account\/messages"/);
  assert.match((await refused.client.get('/bin/user/edit')).text, /href="\/account\/messages"/);
  const saved = await choose(refused, ['email.new_services', 'email.newsletter']);
  assert.match(saved.text, /saved/);
  assert.doesNotMatch(saved.text, /name="email\.promotions"[^>]* checked/);
  await suppress(child.email);

  const { subject, count } = await sendCampaign('promotions');
  const queued = queuedTo(subject);
  assert.ok(queued.includes(allowed.email), 'the allowed member was left out');
  assert.ok(!queued.includes(refused.email), 'a member who refused promotions was included');
  assert.ok(!queued.includes(child.email), 'a suppressed address was included');
  assert.equal(count, queued.length, 'the campaign\'s count differs from the mail queued');

  const mail = await waitForMail({ to: allowed.email, subjectIncludes: subject });
  await delivered(subject);
  assert.equal(mailsTo(refused.email, subject).length, 0);
  assert.equal(mailsTo(child.email, subject).length, 0);

  // RFC 8058: List-Unsubscribe with an http(s) URI in angle brackets, and
  // List-Unsubscribe-Post: List-Unsubscribe=One-Click.
  const header = mail.headers['list-unsubscribe'];
  assert.ok(header, `no List-Unsubscribe header:\n${mail.raw.toString().slice(0, 2000)}`);
  const url = /^<(https?:\/\/[^>]+)>$/.exec(header);
  assert.ok(url, header);
  assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
  const link = new URL(url[1]);
  assert.equal(link.origin, new URL(server.baseUrl).origin);
  assert.match(link.pathname, /^\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
  const [memberId] = sqlRows(server, `SELECT id FROM members WHERE email = '${allowed.email}'`)[0];
  assert.ok(!link.pathname.split('/').includes(memberId), 'the link carries the member id');
  // The same link is in the body, and the body says why it came.
  assert.ok(mail.text.includes(url[1]), 'the body lacks the unsubscribe link');
  assert.match(mail.text, /allow e-mail about promotions/);
  // The token is stored hashed only.
  const token = link.pathname.split('/').pop();
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM marketing_unsubscribe_tokens WHERE token_hash = '${token}'`)[0][0], '0');
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM marketing_unsubscribe_tokens WHERE token_hash = '${hash}'`)[0][0], '1');
  // Once delivered, the outbox row keeps neither the body nor the link.
  assert.deepEqual(sqlRows(server, `SELECT body, list_unsubscribe FROM mail_outbox WHERE subject = '${subject}' AND recipient = '${allowed.email}'`)[0], ['', '']);
});

test('P11_marketing_email_one_click_post_unsubscribes_without_cookies_and_shows_in_the_download', async () => {
  const m = await member();
  const first = await sendCampaign('newsletter');
  const mail = await waitForMail({ to: m.email, subjectIncludes: first.subject });
  const url = /^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1];
  const path = new URL(url).pathname;

  // GET (a mail scanner, or the member following the link) changes nothing.
  const anon = new Client(server.baseUrl);
  const page = await anon.get(path);
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`<form method="post" action="${path}"`));
  const ledger = () => sqlRows(server, `SELECT what, value, source FROM consent_ledger c JOIN members m ON m.id = c.member_id WHERE m.email = '${m.email}' AND c.kind = 'marketing'`);
  assert.deepEqual(ledger(), []);

  // The one-click POST as a mail client sends it: no cookie, no form
  // token, body "List-Unsubscribe=One-Click"; 200 with a page, no redirect.
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
    redirect: 'manual',
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('location'), null);
  assert.match(await res.text(), /unsubscribed/i);
  assert.deepEqual(ledger(), [['email.newsletter', 'denied', 'unsubscribe link']]);
  // Posting again is harmless and records nothing new.
  const again = await fetch(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(again.status, 200);
  assert.equal(ledger().length, 1);
  // Audited like other consent changes.
  assert.ok(Number(sqlRows(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'consent.changed' AND details LIKE '%unsubscribe link%'")[0][0]) >= 1);

  // A second campaign on the topic does not reach them.
  const second = await sendCampaign('newsletter');
  assert.ok(!queuedTo(second.subject).includes(m.email), 'the second campaign reached an unsubscribed member');
  await delivered(second.subject);
  assert.equal(mailsTo(m.email, second.subject).length, 0);

  // The member sees it on /account/messages and in their data download.
  const messages = await m.client.get('/account/messages');
  assert.doesNotMatch(messages.text, /name="email\.newsletter"[^>]* checked/);
  assert.match(messages.text, /unsubscribe link/);
  const zip = await m.client.get('/bin/user/edit/export.zip');
  assert.equal(zip.status, 200);
  const doc = JSON.parse(unzip(zip.body).get('data.json').toString('utf8'));
  const entries = doc.consent_history.map((e) => JSON.stringify(e));
  assert.ok(entries.some((e) => e.includes('email.newsletter') && e.includes('denied') && e.includes('unsubscribe link')),
    `the download lacks the unsubscribe:\n${entries.join('\n')}`);
  const dataPage = await m.client.get('/bin/user/edit');
  assert.match(dataPage.text, /marketing email\.newsletter \(denied\), on unsubscribe link/);
});

test('P11_marketing_email_forged_token_changes_nothing_and_says_so', async () => {
  const m = await member();
  const { subject } = await sendCampaign('new_services');
  const mail = await waitForMail({ to: m.email, subjectIncludes: subject });
  const real = new URL(/^<([^>]+)>$/.exec(mail.headers['list-unsubscribe'])[1]).pathname.split('/').pop();
  const forged = (real[0] === 'A' ? 'B' : 'A') + real.slice(1);
  const [memberId] = sqlRows(server, `SELECT id FROM members WHERE email = '${m.email}'`)[0];
  const before = sqlRows(server, 'SELECT COUNT(*) FROM consent_ledger')[0][0];
  const anon = new Client(server.baseUrl);
  for (const t of [forged, memberId, 'x', `${real}x`, '%27%20OR%201%3D1']) {
    const shown = await anon.get(`/unsubscribe/${t}`);
    assert.equal(shown.status, 404, t);
    assert.match(shown.text, /not known/);
    assert.match(shown.text, /Nothing was changed/);
    const posted = await anon.request('POST', `/unsubscribe/${t}`, { body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(posted.status, 404, t);
    assert.match(posted.text, /Nothing was changed/);
  }
  assert.equal(sqlRows(server, 'SELECT COUNT(*) FROM consent_ledger')[0][0], before);
  // The real link still works afterwards.
  const ok = await anon.request('POST', `/unsubscribe/${real}`, { body: '' });
  assert.equal(ok.status, 200);
});

test('P11_marketing_email_campaign_form_validation_errors', async () => {
  await admin.get('/staff/campaigns');
  const bad = await admin.post('/staff/campaigns', { topic: 'spam', subject: '', body: '' });
  assert.equal(bad.status, 400);
  const errors = fieldErrors(bad.text);
  for (const f of ['topic', 'subject', 'body']) assert.ok(errors[f], `no error for ${f}: ${JSON.stringify(errors)}`);
  const link = await admin.post('/staff/campaigns', { topic: 'promotions', subject: 'See https://evil.example', body: 'Text' });
  assert.equal(link.status, 400);
  assert.ok(fieldErrors(link.text).subject);
  assert.match(link.text, /value="See https:\/\/evil\.example"/, 'the form lost what was typed');
  const long = await admin.post('/staff/campaigns', { topic: 'promotions', subject: 'x'.repeat(151), body: 'Text' });
  assert.equal(long.status, 400);
  assert.equal(sqlRows(server, "SELECT COUNT(*) FROM marketing_campaigns WHERE subject LIKE 'See https%' OR topic = 'spam'")[0][0], '0');

  // Sent once: a second send is refused and queues nothing.
  const { subject, path } = await sendCampaign('promotions');
  const queued = queuedTo(subject).length;
  await admin.get('/staff/campaigns');  // a page with the form token (the sent campaign has no form)
  const twice = await admin.post(`${path}/send`, {});
  assert.equal(twice.status, 409);
  assert.equal(queuedTo(subject).length, queued);
  // Only administrators write campaigns; members and visitors get nothing.
  const { client: support } = await staffClient(server, 'support');
  assert.equal((await support.get('/staff/campaigns')).status, 403);
  assert.notEqual((await new Client(server.baseUrl).get('/staff/campaigns')).status, 200);
});

test('P11_marketing_email_postal_list_only_for_members_allowing_post_read_through_the_guard', async () => {
  const post = await member();
  const noPost = await member();
  await choose(noPost, ['email.new_services', 'email.promotions', 'email.newsletter', 'phone']);
  const child = await member();
  await suppress(child.email);
  const csv = await admin.get('/staff/campaigns/postal.csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.text, /^name,address,country\r\n/);
  assert.ok(csv.text.includes(`"${post.address}"`), 'a member allowing post is missing');
  // Every fixture shares the address: who was read shows in the staff access log.
  const logged = (email) => sqlRows(server, `SELECT COUNT(*) FROM staff_access_log l JOIN members m ON m.id = l.member_id WHERE m.email = '${email}' AND l.purpose = 'marketing.communications'`)[0][0];
  assert.equal(logged(post.email), '1', 'the staff read is not in the member\'s access log');
  assert.equal(logged(noPost.email), '0', 'a member who refused post was read');
  assert.equal(logged(child.email), '0', 'a suppressed member was read');
  const { client: support } = await staffClient(server, 'support');
  assert.equal((await support.get('/staff/campaigns/postal.csv')).status, 403);
});
