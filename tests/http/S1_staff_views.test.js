'use strict';
// S-1: the support page shows a member's personal data only for a purpose
// the policy allows for it; each view is logged and the member sees it on
// /account/access; a view without a purpose, or with a purpose the policy
// does not allow, is refused and the member sees it logged as refused;
// fields over their limit are field errors and nothing is logged.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, fieldErrors, stripTags } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { signedInStaff } = require('./lib/staff_accounts');

const SUPPORT = 'essential.service.operations.support';
let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

// The rows of the member's staff-view table: [{text, refused}].
async function viewsOf(member) {
  const r = await member.get('/account/access');
  assert.equal(r.status, 200, r.text.slice(0, 2000));
  const rows = [...r.text.matchAll(/<tr class="staff-view">([\s\S]*?)<\/tr>/g)].map((m) => stripTags(m[1]));
  return rows.map((text) => ({ text, refused: /Refused/.test(text) }));
}

// A registered member; m.phone as stored (normalised, without spaces).
async function newMember() {
  const client = new Client(server.baseUrl);
  const m = await registerOk(client);
  return { client, m: { ...m, phone: m.phone.replace(/\s/g, '') } };
}

test('S1_support_view_for_an_allowed_purpose_shows_the_data_and_the_member_sees_the_view', async () => {
  const { client: member, m } = await newMember();
  assert.equal((await viewsOf(member)).length, 0);
  const { client: staff, email: staffEmail } = await signedInStaff(server, 'support');

  const form = await staff.get(`/staff/members?q=${encodeURIComponent(m.email)}`);
  assert.equal(form.status, 200);
  assert.ok(form.text.includes(`value="${m.email}"`), 'the query is not filled in');
  assert.ok(form.text.includes(`value="${SUPPORT}"`), 'the policy purposes are not offered');
  assert.ok(!form.text.includes(m.phone), 'the form shows personal data before a purpose is chosen');

  const shown = await staff.post('/staff/members', { query: m.email, purpose: SUPPORT, reason: 'Support ticket 7' });
  assert.equal(shown.status, 200, shown.text.slice(0, 3000));
  assert.ok(shown.text.includes(m.phone), 'the phone number is not shown');
  assert.ok(shown.text.includes(m.name), 'the name is not shown');
  assert.ok(!shown.text.includes('$argon2'), 'a password hash is shown');
  const id = /<h2>Member (\d+)<\/h2>/.exec(shown.text)[1];

  const byId = await staff.get(`/staff/members/${id}`);
  assert.equal(byId.status, 200);
  assert.ok(!byId.text.includes(m.phone), 'the member page shows data before a purpose is chosen');

  const views = await viewsOf(member);
  assert.ok(views.length >= 1, 'the member does not see the view');
  const view = views.find((v) => !v.refused && v.text.includes('members.phone'));
  assert.ok(view, `no allowed view of members.phone in ${JSON.stringify(views)}`);
  assert.match(view.text, /Support ticket 7/);
  assert.match(view.text, new RegExp(SUPPORT.replace(/\./g, '\\.')));
  assert.match(view.text, /support staff member #\d+/);
  assert.ok(!view.text.includes(staffEmail), "the member sees the staff member's address");
});

test('S1_view_without_a_purpose_or_with_a_disallowed_one_is_refused_and_logged_as_refused', async () => {
  const { client: member, m } = await newMember();
  const { client: staff } = await signedInStaff(server, 'support');
  await staff.get('/staff/members');

  const none = await staff.post('/staff/members', { query: m.email, purpose: '', reason: '' });
  assert.equal(none.status, 403, none.text.slice(0, 2000));
  assert.match(none.text, /Refused/);
  assert.ok(!none.text.includes(m.phone), 'a refused view shows the phone number');

  const disallowed = await staff.post('/staff/members', { query: m.email, purpose: 'analytics.reporting.system' });
  assert.equal(disallowed.status, 403, disallowed.text.slice(0, 2000));
  assert.ok(!disallowed.text.includes(m.phone), 'a refused view shows the phone number');

  const unknown = await staff.post('/staff/members', { query: m.email, purpose: 'made.up.purpose' });
  assert.equal(unknown.status, 403);

  const views = await viewsOf(member);
  assert.equal(views.length, 3, JSON.stringify(views));
  assert.ok(views.every((v) => v.refused), JSON.stringify(views));
  assert.ok(views.some((v) => /no purpose/.test(v.text)), JSON.stringify(views));
  assert.ok(views.some((v) => /analytics\.reporting\.system/.test(v.text)), JSON.stringify(views));
});

test('S1_fields_over_their_limit_are_field_errors_and_nothing_is_logged', async () => {
  const { client: member, m } = await newMember();
  const { client: staff } = await signedInStaff(server, 'support');
  await staff.get('/staff/members');
  const long = await staff.post('/staff/members', { query: m.email, purpose: SUPPORT, reason: 'r'.repeat(501) });
  assert.equal(long.status, 422);
  assert.ok(fieldErrors(long.text).reason, 'no field error for the reason');
  assert.ok(!long.text.includes(m.phone));
  const longQuery = await staff.post('/staff/members', { query: `${'q'.repeat(260)}@example.com`, purpose: SUPPORT });
  assert.equal(longQuery.status, 422);
  assert.ok(fieldErrors(longQuery.text).query, 'no field error for the query');
  const longPurpose = await staff.post('/staff/members', { query: m.email, purpose: 'p'.repeat(101) });
  assert.equal(longPurpose.status, 422);
  assert.ok(fieldErrors(longPurpose.text).purpose, 'no field error for the purpose');
  assert.equal((await viewsOf(member)).length, 0, 'a view with bad input was logged');
});

test('S1_unknown_member_is_not_found_and_members_cannot_open_the_support_page', async () => {
  const { client: staff } = await signedInStaff(server, 'support');
  await staff.get('/staff/members');
  const missing = await staff.post('/staff/members', { query: 'nobody.here@example.com', purpose: SUPPORT });
  assert.equal(missing.status, 404);
  assert.match(missing.text, /No member has this/);
  const { client: member } = await newMember();
  const r = await member.get('/staff/members');
  assert.ok(r.status === 403 || (r.status === 303 && /^\/staff\/signin/.test(r.location)), `member got ${r.status}`);
});
