'use strict';
// P-10: exports of aggregate statistics for a named third party, by
// compliance staff: whole periods that have ended, CSV or JSON, every count
// from 1 to 10 suppressed with complements so that no row or column total
// gives one away; each export recorded (who, recipient, periods, format,
// SHA-256 of the file), listed and audited (audit verify passes); bad input
// is a field error and nothing is recorded; periods without data give an
// empty, well-formed file.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { fieldErrors } = require('./lib/client');
const { signedInStaff } = require('./lib/staff_accounts');
const { sql } = require('./lib/sql');
const { dayNumber, isoDay, insertCount, parseCsv, exportStats } = require('./lib/stats');

let server;
let compliance;
before(async () => {
  server = await startServer({ config: { stats: { flush_seconds: 1 } } });
  compliance = (await signedInStaff(server, 'compliance')).client;
});
after(async () => { if (server) await server.stop(); });

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const exportsCount = () => Number(sql(server, 'SELECT COUNT(*) FROM stats_exports'));

// Three ended days (10, 9 and 8 days ago) with large and small counts.
function fixture() {
  const d = [dayNumber(-10), dayNumber(-9), dayNumber(-8)];
  const rows = [
    ['page', '/company/{id}', [120, 80, 300]],
    ['page', '/search', [4, 60, 25]],
    ['page', '/', [45, 0, 33]],
    ['referrer', 'news.example.org', [2, 0, 1]],
    ['referrer', '=HYPERLINK("http://evil.example")', [40, 50, 60]],
    ['views', '', [169, 140, 358]],
    ['visitors', '', [7, 90, 150]],
  ];
  for (const [dimension, value, counts] of rows) {
    counts.forEach((n, i) => { if (n) insertCount(server, d[i], dimension, value, n); });
  }
}

function assertNoSmallPublished(rows) {
  for (const row of rows) {
    if (row.suppressed === 'true') {
      assert.equal(row.count, '', `a suppressed count is printed: ${JSON.stringify(row)}`);
    } else {
      const n = Number(row.count);
      assert.ok(n === 0 || n > 10, `a small count is published: ${JSON.stringify(row)}`);
    }
  }
}

// Every line (a value's cells and its total; a period's cells and its
// total; the totals) has 0 or >= 2 suppressed entries.
function assertLinesSafe(rows) {
  const byDimension = new Map();
  for (const row of rows) {
    if (!byDimension.has(row.dimension)) byDimension.set(row.dimension, []);
    byDimension.get(row.dimension).push(row);
  }
  for (const [dimension, entries] of byDimension) {
    const lines = new Map();
    for (const e of entries) {
      const valueKey = e.kind === 'cell' || e.kind === 'value_total' ? `v:${e.value}` : 'v:(totals)';
      const periodKey = e.kind === 'cell' || e.kind === 'period_total' ? `p:${e.period}` : 'p:(totals)';
      for (const key of [valueKey, periodKey]) {
        if (!lines.has(key)) lines.set(key, 0);
        if (e.suppressed === 'true') lines.set(key, lines.get(key) + 1);
      }
    }
    for (const [key, hidden] of lines) {
      assert.ok(hidden === 0 || hidden >= 2, `${dimension} ${key}: exactly one suppressed entry`);
    }
  }
}

test('P10_exports_suppress_small_cells_are_recorded_listed_and_audited', async () => {
  fixture();
  const start = isoDay(-10);
  const csv = await exportStats(compliance, { recipient: 'Statistisches Landesamt Niedersachsen', period: 'day',
    start, count: '3', format: 'csv' });
  assert.equal(csv.status, 200, csv.text.slice(0, 2000));
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.headers.get('content-disposition'), /attachment; filename="hanse-statistics-day-/);
  const { header, rows } = parseCsv(csv.text);
  assert.deepEqual(header, ['dimension', 'unit', 'kind', 'value', 'period', 'count', 'suppressed']);
  assertNoSmallPublished(rows);
  assertLinesSafe(rows);
  const cell = (dimension, value, period) => rows.find((r) => r.dimension === dimension && r.kind === 'cell'
    && r.value === value && r.period === period);
  assert.equal(cell('page', '/search', isoDay(-10)).suppressed, 'true');
  assert.equal(cell('page', '/search', isoDay(-10)).count, '');
  assert.ok(rows.filter((r) => r.suppressed === 'true').length >= 4);
  // The referrer with 3 page views in all: suppressed everywhere.
  const news = rows.filter((r) => r.value === 'news.example.org');
  assert.equal(news.length, 4);
  assert.ok(news.every((r) => r.suppressed === 'true' || r.count === '0'), JSON.stringify(news));
  // A formula-like value is disarmed for spreadsheets.
  assert.ok(rows.some((r) => r.value === '\'=HYPERLINK("http://evil.example")'), 'the formula is not disarmed');
  assert.ok(rows.some((r) => r.dimension === 'visitors' && /visitor-days/.test(r.unit)), 'visitors are not explained');
  // The totals that are published are right.
  const grand = rows.find((r) => r.dimension === 'page' && r.kind === 'grand_total');
  assert.equal(grand.count, String(120 + 80 + 300 + 4 + 60 + 25 + 45 + 33));

  const json = await exportStats(compliance, { recipient: 'Eurostat', period: 'day', start, count: '3', format: 'json' });
  assert.equal(json.status, 200);
  assert.match(json.headers.get('content-type'), /^application\/json/);
  const doc = JSON.parse(json.text);
  assert.equal(doc.recipient, 'Eurostat');
  assert.deepEqual(doc.periods, [isoDay(-10), isoDay(-9), isoDay(-8)]);
  for (const table of doc.tables) {
    for (const line of [...table.rows, table.totals]) {
      [...line.counts, line.total].forEach((n, i) => {
        const hidden = i < line.counts.length ? line.suppressed[i] : line.total_suppressed;
        if (hidden) assert.equal(n, null);
        else assert.ok(n === 0 || n > 10, `${table.dimension}: ${n}`);
      });
    }
  }
  const search = doc.tables.find((t) => t.dimension === 'page').rows.find((r) => r.value === '/search');
  assert.equal(search.counts[0], null);
  assert.equal(search.suppressed[0], true);

  // Recorded with the checksum of the bytes handed out; listed; audited.
  const recorded = sql(server, 'SELECT recipient, period, first_day, last_day, format, sha256 FROM stats_exports ORDER BY id')
    .split('\n').map((l) => l.split('|'));
  assert.equal(recorded.length, 2);
  assert.deepEqual(recorded[0], ['Statistisches Landesamt Niedersachsen', 'day', String(dayNumber(-10)),
    String(dayNumber(-8)), 'csv', sha256(csv.body)]);
  assert.equal(recorded[1][5], sha256(json.body));
  const list = await compliance.get('/staff/stats/exports');
  assert.equal(list.status, 200);
  for (const s of [sha256(csv.body), sha256(json.body), 'Statistisches Landesamt Niedersachsen', 'Eurostat', '(you)']) {
    assert.ok(list.text.includes(s), `the list does not show ${s}`);
  }
  const audited = sql(server, "SELECT details FROM audit_log WHERE action = 'stats.export' ORDER BY id").split('\n');
  assert.equal(audited.length, 2);
  assert.ok(audited[0].includes(sha256(csv.body)));
  const verify = server.run('audit', 'verify');
  assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
  assert.match(`${verify.stdout}${verify.stderr}`, /audit chain intact/);
});

test('P10_periods_without_data_give_an_empty_well_formed_file', async () => {
  const csv = await exportStats(compliance, { period: 'month', start: '2001-01-10', count: '2', format: 'csv' });
  assert.equal(csv.status, 200);
  assert.equal(csv.text, 'dimension,unit,kind,value,period,count,suppressed\r\n');
  const json = await exportStats(compliance, { period: 'week', start: '2001-01-10', count: '2', format: 'json' });
  assert.equal(json.status, 200);
  const doc = JSON.parse(json.text);
  assert.deepEqual(doc.tables, []);
  assert.equal(doc.first_day, '2001-01-08');  // the Monday of that week
  assert.equal(doc.last_day, '2001-01-21');
  assert.deepEqual(doc.periods, ['2001-W02', '2001-W03']);
});

test('P10_bad_export_input_is_a_field_error_and_nothing_is_recorded', async () => {
  const before = exportsCount();
  const cases = [
    [{ recipient: '' }, 'recipient'],
    [{ recipient: 'X' }, 'recipient'],
    [{ recipient: 'x'.repeat(201) }, 'recipient'],
    [{ period: 'year' }, 'period'],
    [{ start: '2026-02-30' }, 'start'],
    [{ start: 'last month' }, 'start'],
    [{ period: 'day', count: '32' }, 'count'],
    [{ period: 'week', count: '27' }, 'count'],
    [{ period: 'month', count: '0' }, 'count'],
    [{ count: '-1' }, 'count'],
    [{ format: 'xml' }, 'format'],
    [{ period: 'day', start: isoDay(0) }, 'start'],     // today has not ended
    [{ period: 'month', start: isoDay(0) }, 'start'],   // nor has this month
  ];
  for (const [fields, field] of cases) {
    const r = await exportStats(compliance, fields);
    assert.equal(r.status, 422, `${JSON.stringify(fields).slice(0, 80)}: ${r.status}`);
    assert.match(r.headers.get('content-type'), /text\/html/);
    assert.ok(field in fieldErrors(r.text) || r.text.includes(`id="error-${field}"`),
      `${JSON.stringify(fields).slice(0, 80)}: no error on ${field}`);
  }
  assert.equal(exportsCount(), before, 'a refused export was recorded');
  // Without the form token: refused, nothing recorded.
  const noToken = await compliance.post('/staff/stats/exports', {
    csrf: null, recipient: 'Eurostat', period: 'day', start: isoDay(-1), count: '1', format: 'csv',
  });
  assert.equal(noToken.status, 403);
  assert.equal(exportsCount(), before);
});
