'use strict';
// Files on disk for tests that search what the server wrote.

const fs = require('node:fs');
const path = require('node:path');

// Every regular file below dir, recursively.
function filesUnder(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

module.exports = { filesUnder };
