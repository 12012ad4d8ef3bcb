'use strict';
// P-20: a feedback form for visitors and members, an acknowledgement mail,
// a staff inbox with answers by e-mail, and bad input refused field by field.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client, fieldErrors } = require('./lib/client');
const { waitForMail, allMail } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { staffClient } = require('./lib/staff_session');
const { sqlRows } = require('./lib/sql_rows');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

function tag() { return crypto.randomBytes(5).toString('hex'); }

test('P20_feedback_stored_acknowledged_and_answered_by_staff', async () => {
  const t = tag();
  const address = `visitor.${t}@example.com`;
  const message = `The policy is clear, thank you ${t}.`;
  const visitor = new Client(server.baseUrl);
  const form = await visitor.get('/feedback');
  assert.equal(form.status, 200);
  assert.match(form.text, /privacy@hanse\.example|mailto:/, 'the contact address is not shown beside the form');
  const before = allMail();
  const sent = await visitor.post('/feedback', { topic: 'policy', message, reply_email: address });
  assert.equal(sent.status, 200, sent.text.slice(0, 1000));
  assert.match(sent.text, /Thank you/);
  const ack = await waitForMail({ to: address, subjectIncludes: 'We received your feedback', after: before });
  assert.match(ack.text, /has arrived/);

  const stored = sqlRows(server, `SELECT topic, message, reply_email FROM feedback WHERE reply_email = '${address}'`);
  assert.deepEqual(stored, [['policy', message, address]]);

  // Members need not type an address: they are answered at their account's.
  const m = newMember();
  const member = new Client(server.baseUrl);
  await registerOk(member, m);
  const mform = await member.get('/feedback');
  assert.ok(mform.text.includes(m.email), 'the member is not told where the answer goes');
  const msent = await member.post('/feedback', { topic: 'services', message: `Search works ${t}` });
  assert.equal(msent.status, 200, msent.text.slice(0, 1000));
  await waitForMail({ to: m.email, subjectIncludes: 'We received your feedback', after: before });

  // Members of the public and members without a staff role do not see the inbox.
  assert.notEqual((await visitor.get('/staff/feedback')).status, 200);
  const compliance = await staffClient(server, 'compliance');
  assert.equal((await compliance.client.get('/staff/feedback')).status, 403);

  const { client: staff } = await staffClient(server, 'support');
  const inbox = await staff.get('/staff/feedback');
  assert.equal(inbox.status, 200);
  assert.ok(inbox.text.includes(address) && inbox.text.includes(`thank you ${t}`), 'the inbox lacks the message');
  const [id] = sqlRows(server, `SELECT id FROM feedback WHERE reply_email = '${address}'`)[0];
  const item = await staff.get(`/staff/feedback/${id}`);
  assert.equal(item.status, 200);
  assert.ok(item.text.includes(message));
  const answer = `We are glad it helps ${t}.`;
  const replied = await staff.post(`/staff/feedback/${id}/reply`, { body: answer });
  assert.equal(replied.status, 200, replied.text.slice(0, 1000));
  const reply = await waitForMail({ to: address, subjectIncludes: 'Our answer to your feedback', after: before });
  assert.ok(reply.text.includes(answer), reply.text);
  assert.ok((await staff.get(`/staff/feedback/${id}`)).text.includes(answer), 'the answer is not listed');
  assert.notEqual(sqlRows(server, `SELECT last_reply_at FROM feedback WHERE id = ${id}`)[0][0], '');

  // An empty answer is a field error and sends nothing.
  await staff.get(`/staff/feedback/${id}`);
  const empty = await staff.post(`/staff/feedback/${id}/reply`, { body: '   ' });
  assert.equal(empty.status, 422);
  assert.ok(fieldErrors(empty.text).body, 'no field error for an empty answer');
  assert.equal(sqlRows(server, `SELECT COUNT(*) FROM feedback_replies WHERE feedback_id = ${id}`)[0][0], '1');
});

test('P20_feedback_bad_input_is_a_field_error_and_nothing_is_stored', async () => {
  const t = tag();
  const c = new Client(server.baseUrl);
  const cases = [
    [{ topic: 'weather', message: `m ${t}`, reply_email: `a.${t}@example.com` }, 'topic'],
    [{ topic: 'other', message: '', reply_email: `b.${t}@example.com` }, 'message'],
    [{ topic: 'other', message: 'x'.repeat(5001) + t, reply_email: `c.${t}@example.com` }, 'message'],
    [{ topic: 'other', message: `m ${t}`, reply_email: 'not an address' }, 'reply_email'],
  ];
  for (const [fields, field] of cases) {
    await c.get('/feedback');
    const r = await c.post('/feedback', fields);
    assert.equal(r.status, 422, `${field}: ${r.status}`);
    assert.ok(fieldErrors(r.text)[field], `no field error for ${field}: ${JSON.stringify(fieldErrors(r.text))}`);
  }
  // Without the form's token nothing runs.
  const forged = await new Client(server.baseUrl).post('/feedback',
    { topic: 'other', message: `forged ${t}`, reply_email: `d.${t}@example.com`, csrf: null });
  assert.equal(forged.status, 403);
  assert.deepEqual(sqlRows(server, `SELECT id FROM feedback WHERE message LIKE '%${t}%' OR reply_email LIKE '%${t}%'`), []);
});
