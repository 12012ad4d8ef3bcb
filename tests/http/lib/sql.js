'use strict';
// Direct SQL on a test server's database, as someone with access to it would
// run it (checking what the site stored, or tampering with it).

const { spawnSync } = require('node:child_process');

// Runs SQL on the server's database as someone with direct access would.
// Returns the rows as text lines ("a|b").
function sql(server, statement) {
  if (server.backend === 'postgres') return server.psql(statement).trim();
  const file = server.dbUrl.replace(/^sqlite:/, '');
  const r = spawnSync('/usr/bin/python3', ['-c', [
    'import sqlite3, sys',
    'c = sqlite3.connect(sys.argv[1])',
    'rows = c.execute(sys.argv[2]).fetchall()',
    'c.commit()',
    "print('\\n'.join('|'.join(str(v) for v in row) for row in rows))",
  ].join('\n'), file, statement], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite: ${statement}\n${r.stderr}`);
  return r.stdout.trim();
}

module.exports = { sql };
