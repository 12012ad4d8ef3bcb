'use strict';
// P-9: the statistics dashboard (/staff/stats) for admin and compliance
// staff (support, members and visitors are refused): visitors and page
// views per day and the top values as SVG charts with data tables, a CSV of
// the range; a wrong range is the form with its reason (400), never a 500;
// and after a signed-in member's journey from a distinctive browser, no
// statistics table, dashboard page, CSV or export holds their id, e-mail,
// name, phone, the address 127.0.0.1, their session token or their user
// agent.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, stripTags } = require('./lib/client');
const { registerOk, newMember } = require('./lib/members');
const { signedInStaff } = require('./lib/staff_accounts');
const { sql } = require('./lib/sql');
const { isoDay, waitFor, moveStatsBack, parseCsv, exportStats } = require('./lib/stats');

const AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0 HanseJourney/7.3.1-p9';

let server;
let admin;
let compliance;
before(async () => {
  server = await startServer({ config: { stats: { flush_seconds: 1 } } });
  admin = (await signedInStaff(server, 'admin')).client;
  compliance = (await signedInStaff(server, 'compliance')).client;
});
after(async () => { if (server) await server.stop(); });

// The dashboard's figures: {visitors, views} from the summary list.
function figures(html) {
  const get = (name) => Number((new RegExp(`<dt>${name}</dt><dd>(\\d+)</dd>`).exec(html) || [])[1]);
  return { visitors: get('Visitor-days'), views: get('Page views') };
}

test('P9_dashboard_is_for_admin_and_compliance_with_charts_tables_and_csv', async () => {
  for (const staff of [admin, compliance]) {
    const r = await staff.get('/staff/stats');
    assert.equal(r.status, 200, r.text.slice(0, 2000));
    assert.match(r.text, /<h1>Site statistics<\/h1>/);
    assert.ok(r.text.includes(`value="${isoDay(-29)}"`), 'the default range is not the last 30 days');
    assert.ok(r.text.includes(`value="${isoDay(0)}"`));
    // Eight charts, each an SVG image with a title, each with a table.
    const svgs = [...r.text.matchAll(/<svg class="chart"[^>]*role="img"[^>]*>\s*<title id="[^"]+">([^<]+)<\/title>/g)];
    assert.equal(svgs.length, 8, 'charts');
    assert.deepEqual(svgs.map((m) => m[1]), ['Visitors per day', 'Page views per day', 'Top sections', 'Top pages',
      'Browsers', 'Devices', 'Referring sites', 'Status classes']);
    assert.ok((r.text.match(/<caption>/g) || []).length >= 2, 'data tables');
    assert.ok(!/<script/i.test(r.text), 'a script on the dashboard');
    assert.ok(!/ style="/i.test(r.text), 'an inline style on the dashboard');
    assert.ok(r.text.includes(`href="/staff/stats.csv?from=${isoDay(-29)}&amp;to=${isoDay(0)}"`), 'no CSV link');
    const home = await staff.get('/staff');
    assert.ok(home.text.includes('href="/staff/stats"'), 'the staff home does not link the dashboard');
  }
  // Exports are linked for compliance only.
  assert.ok((await compliance.get('/staff/stats')).text.includes('href="/staff/stats/exports"'));
  assert.ok(!(await admin.get('/staff/stats')).text.includes('href="/staff/stats/exports"'));

  const csv = await admin.get(`/staff/stats.csv?from=${isoDay(-6)}&to=${isoDay(0)}`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.headers.get('content-disposition'), /attachment; filename="hanse-statistics-/);
  assert.equal(csv.text.split('\r\n')[0], 'day,dimension,value,count');
});

test('P9_dashboard_is_refused_to_support_members_and_visitors', async () => {
  const support = (await signedInStaff(server, 'support')).client;
  for (const path of ['/staff/stats', '/staff/stats.csv', '/staff/stats/exports']) {
    assert.equal((await support.get(path)).status, 403, `support: ${path}`);
    // Admins see the dashboard but do not export.
    if (path === '/staff/stats/exports') assert.equal((await admin.get(path)).status, 403, `admin: ${path}`);
  }
  const member = new Client(server.baseUrl);
  await registerOk(member);
  const visitor = new Client(server.baseUrl);
  for (const c of [member, visitor]) {
    for (const path of ['/staff/stats', '/staff/stats.csv', '/staff/stats/exports']) {
      const r = await c.get(path);
      assert.ok([303, 403, 404].includes(r.status), `${path}: ${r.status}`);
      assert.ok(!r.text.includes('Visitors per day'));
    }
  }
});

test('P9_a_wrong_range_is_the_form_with_its_reason_never_a_500', async () => {
  const cases = [
    [`from=${isoDay(-1)}&to=${isoDay(-5)}`, /before the first day/],
    ['from=2026-02-30&to=2026-03-01', /first day is not a date/],
    ['from=yesterday&to=today', /first day is not a date/],
    [`from=${isoDay(-3)}&to=31.12.2026`, /last day is not a date/],
    ['from=1969-12-01&to=1970-01-02', /first day is not a date/],
    [`from=${isoDay(-400)}&to=${isoDay(0)}`, /at most 366 days/],
    [`from=${isoDay(0)}&to=${isoDay(3)}`, /cannot be after today/],
    [`from=${'9'.repeat(5000)}&to=%00%FF`, /not a date/],
  ];
  for (const [query, message] of cases) {
    for (const path of ['/staff/stats', '/staff/stats.csv']) {
      const r = await admin.get(`${path}?${query}`);
      assert.equal(r.status, 400, `${path}?${query.slice(0, 80)}: ${r.status}`);
      assert.match(r.headers.get('content-type'), /text\/html/);
      assert.match(r.text, /class="field-error" id="error-range"/);
      assert.match(stripTags(r.text), message);
      assert.ok(!r.text.includes('Visitors per day'), 'charts shown for a wrong range');
    }
  }
  // A range without data: the page says so; the charts are there, empty.
  const empty = await admin.get('/staff/stats?from=2001-01-01&to=2001-01-31');
  assert.equal(empty.status, 200);
  assert.match(empty.text, /No statistics were recorded in this range/);
  assert.equal((empty.text.match(/<svg class="chart"/g) || []).length, 8);
  const emptyCsv = await admin.get('/staff/stats.csv?from=2001-01-01&to=2001-01-31');
  assert.equal(emptyCsv.text, 'day,dimension,value,count\r\n');
});

test('P9_no_statistics_table_dashboard_csv_or_export_holds_the_member_their_address_token_or_user_agent', async () => {
  const member = new Client(server.baseUrl, { userAgent: AGENT });
  const m = await registerOk(member, newMember());
  const id = sql(server, `SELECT id FROM members WHERE email = '${m.email.toLowerCase()}'`);
  assert.match(id, /^\d+$/);
  // The member id as a value: the whole value, or a part of a path or query.
  const idPattern = new RegExp(`(^|[/=:])${id}([/?&#]|$)`);
  const token = member.cookie('__Host-hanse_session') || member.cookie('hanse_session');
  assert.ok(token, 'the member has a session');
  // The journey: pages of the site, one from another site's link.
  const paths = ['/', '/search?q=engines', '/account', '/privacy', '/feedback', '/children', '/'];
  for (let round = 0; round < 3; round++) {
    for (const p of paths) await member.get(p);
  }
  await member.get(`/search?q=${encodeURIComponent(m.email)}`, {
    headers: { referer: `https://news.example.org/story?reader=${encodeURIComponent(m.email)}&id=${id}` },
  });
  const before = figures((await admin.get('/staff/stats')).text);

  // Wait for the flush: the member's browser shows on the dashboard.
  const page = await waitFor(async () => {
    const r = await admin.get('/staff/stats');
    return r.text.includes('Firefox 121') && r.text.includes('news.example.org') ? r : null;
  }, 'the journey on the dashboard');
  const after = figures(page.text);
  assert.ok(after.views >= 22, `views ${after.views} (before ${before.views})`);
  assert.ok(after.visitors >= 1);

  const forbidden = [m.email, m.email.toLowerCase(), m.name, m.phone, m.phone.replace(/\s/g, ''), '127.0.0.1',
    token, AGENT, 'HanseJourney', m.company_name].filter(Boolean);
  const check = (what, text) => {
    for (const s of forbidden) assert.ok(!text.includes(s), `${what} contains ${JSON.stringify(s)}`);
    // The member id as a value (a table's row header, or a CSV value), not a count.
    for (const v of [...text.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((x) => x[1])) {
      assert.ok(!idPattern.test(v), `${what}: the member id in the value ${v}`);
    }
  };
  check('the dashboard', page.text);
  const csv = await admin.get(`/staff/stats.csv?from=${isoDay(-1)}&to=${isoDay(0)}`);
  check('the CSV', csv.text);
  for (const line of csv.text.split('\r\n').slice(1).filter(Boolean)) {
    const value = line.split(',').slice(2, -1).join(',');
    assert.ok(!idPattern.test(value), `the member id in the CSV value ${value}`);
  }
  // The statistics tables themselves.
  const tables = ['stats_counts', 'stats_visitors', 'stats_salts']
    .map((t) => sql(server, `SELECT * FROM ${t}`)).join('\n');
  for (const s of forbidden) assert.ok(!tables.includes(s), `the statistics tables contain ${JSON.stringify(s)}`);
  assert.ok(!sql(server, 'SELECT value FROM stats_counts').split('\n').some((v) => idPattern.test(v)));

  // Exports of the journey (moved to yesterday, a day that has ended).
  moveStatsBack(server, 1);
  for (const format of ['csv', 'json']) {
    const r = await exportStats(compliance, { format, period: 'day', start: isoDay(-1), count: '1' });
    assert.equal(r.status, 200, r.text.slice(0, 2000));
    check(`the ${format} export`, r.text);
    if (format === 'csv') {
      const { rows } = parseCsv(r.text);
      assert.ok(rows.some((row) => row.dimension === 'browser' && row.value === 'Firefox 121'), 'the journey is exported');
      for (const row of rows) assert.ok(!idPattern.test(row.value), row.value);
    }
  }
  check('the exports page', (await compliance.get('/staff/stats/exports')).text);
});
