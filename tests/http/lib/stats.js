'use strict';
// Helpers for the statistics tests (P-9 dashboard, P-10 exports).

const assert = require('node:assert/strict');
const { sql } = require('./sql');

const DAY = 86400;

// The UTC day number of now + offsetDays, and its ISO date.
function dayNumber(offsetDays = 0) { return Math.floor(Date.now() / 1000 / DAY) + offsetDays; }
function isoDay(offsetDays = 0) { return new Date((dayNumber(offsetDays)) * DAY * 1000).toISOString().slice(0, 10); }

// Polls fn() (async, returns truthy when done) every 250 ms for up to ms.
async function waitFor(fn, what, ms = 15000) {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Moves every count and visitor key recorded so far to `days` earlier, so
// that a day that has ended holds them (exports cover ended periods only).
function moveStatsBack(server, days) {
  sql(server, `UPDATE stats_counts SET day = day - ${days}`);
  sql(server, `UPDATE stats_visitors SET day = day - ${days}`);
}

// Inserts a count (direct SQL, as a fixture).
function insertCount(server, day, dimension, value, count) {
  const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
  sql(server, `INSERT INTO stats_counts (day, dimension, value, count) VALUES (${day}, ${q(dimension)}, ${q(value)}, ${count})`);
}

// Parses the export CSV: [{dimension, unit, kind, value, period, count, suppressed}].
function parseCsv(text) {
  const rows = [];
  let field = '';
  let row = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r') { /* CRLF */ } else if (ch === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...lines] = rows;
  return { header, rows: lines.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i]]))) };
}

// Makes an export as a signed-in compliance client; returns the response.
async function exportStats(client, fields) {
  const page = await client.get('/staff/stats/exports');
  assert.equal(page.status, 200, page.text.slice(0, 2000));
  return client.post('/staff/stats/exports', {
    recipient: 'Statistisches Landesamt', period: 'day', start: isoDay(-1), count: '1', format: 'csv', ...fields,
  });
}

module.exports = { DAY, dayNumber, isoDay, waitFor, moveStatsBack, insertCount, parseCsv, exportStats };
