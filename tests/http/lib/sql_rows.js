'use strict';
// Rows of one SQL query against a test server's database, on either
// backend, as arrays of text ('' for NULL).

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');

function sqlRows(server, sql) {
  if (server.backend === 'postgres') {
    return server.psql(sql).split('\n').filter((l) => l !== '').map((l) => l.split('|'));
  }
  const file = server.dbUrl.replace(/^sqlite:/, '');
  const r = spawnSync('/usr/bin/python3', ['-c',
    'import sqlite3,sys\nfor row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("\\x1f".join("" if v is None else str(v) for v in row))',
    file, sql], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\x1f'));
}

module.exports = { sqlRows };
