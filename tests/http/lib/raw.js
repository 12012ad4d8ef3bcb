'use strict';
// Raw-socket HTTP for requests that fetch cannot send (malformed lines,
// oversized headers).

const net = require('node:net');

// Sends BYTES to 127.0.0.1:PORT and collects the answer until the server
// closes, or until `timeoutMs`. Returns {status, head, text, raw, closed}.
function rawRequest(port, bytes, { timeoutMs = 5000, host = '127.0.0.1' } = {}) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let closed = false;
    const sock = net.connect(port, host);
    const finish = () => {
      clearTimeout(timer);
      sock.destroy();
      const raw = Buffer.concat(chunks);
      const text = raw.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const end = text.indexOf('\r\n\r\n');
      resolve({ status: m ? Number(m[1]) : null, head: end >= 0 ? text.slice(0, end) : text, text, raw, closed });
    };
    const timer = setTimeout(finish, timeoutMs);
    sock.on('connect', () => {
      sock.write(bytes, () => { /* may be cut off by the server: fine */ });
    });
    sock.on('data', (d) => chunks.push(d));
    sock.on('end', () => { closed = true; finish(); });
    sock.on('close', () => { closed = true; finish(); });
    sock.on('error', (e) => {
      if (chunks.length) finish();
      else if (e.code === 'ECONNRESET' || e.code === 'EPIPE') { closed = true; finish(); } else { clearTimeout(timer); reject(e); }
    });
  });
}

// The value of header NAME in a raw response head, or null.
function rawHeader(head, name) {
  const re = new RegExp(`^${name}:\\s*(.*)$`, 'im');
  const m = re.exec(head);
  return m ? m[1].trim() : null;
}

module.exports = { rawRequest, rawHeader };
