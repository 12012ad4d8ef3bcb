'use strict';
// Reads the mail that the test SMTP server (aiosmtpd, Maildir) received:
// one RFC 822 message per file in $HANSE_TEST_MAILDIR/new.
//
//   const m = await waitForMail({to: 'ada@example.com', subjectIncludes: 'reset'});
//   m.subject, m.to, m.from, m.text (decoded bodies), m.raw (Buffer), m.headers

const fs = require('node:fs');
const path = require('node:path');

function maildir() {
  const dir = process.env.HANSE_TEST_MAILDIR;
  if (!dir) throw new Error('HANSE_TEST_MAILDIR is not set (run the tests through scripts/test)');
  return dir;
}

function decodeQuotedPrintable(s) {
  const bytes = [];
  const text = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

// RFC 2047 encoded words in headers.
function decodeHeader(v) {
  return v.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=(\s+(?==\?))?/g, (m, charset, enc, data) => {
    if (enc.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
    return decodeQuotedPrintable(data.replace(/_/g, ' '));
  });
}

function splitMessage(text) {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text, body: '' };
  return { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length) };
}

// Header block -> {lower-case name: value} (last wins) and a list.
function parseHeaders(head) {
  const headers = {};
  const list = [];
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = decodeHeader(line.slice(i + 1).trim());
    headers[name] = value;
    list.push([name, value]);
  }
  return { headers, list };
}

function decodeBody(body, encoding) {
  switch ((encoding || '').toLowerCase()) {
    case 'base64': return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': return decodeQuotedPrintable(body);
    default: return body;
  }
}

// Decoded text of every text/* part, in order.
function textParts(headers, body) {
  const type = headers['content-type'] || 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type);
  if (/^multipart\//i.test(type) && boundary) {
    const out = [];
    const sep = `--${boundary[1]}`;
    const chunks = body.split(sep).slice(1);
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      const part = splitMessage(chunk.replace(/^\r?\n/, ''));
      const ph = parseHeaders(part.head).headers;
      out.push(...textParts(ph, part.body));
    }
    return out;
  }
  if (/^text\//i.test(type)) return [decodeBody(body, headers['content-transfer-encoding'])];
  return [];
}

function parseMessage(file) {
  const raw = fs.readFileSync(file);
  const { head, body } = splitMessage(raw.toString('utf8'));
  const { headers, list } = parseHeaders(head);
  const parts = textParts(headers, body);
  return {
    file,
    raw,
    headers,
    headerList: list,
    subject: headers.subject || '',
    to: headers.to || '',
    from: headers.from || '',
    text: parts.join('\n'),
    parts,
  };
}

// Every message received so far, oldest first.
function allMail() {
  const dir = path.join(maildir(), 'new');
  let names = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((n) => path.join(dir, n))
    .map((f) => ({ f, t: fs.statSync(f).mtimeMs }))
    .sort((a, b) => a.t - b.t)
    .map(({ f }) => parseMessage(f));
}

function matches(m, { to, subjectIncludes, textIncludes }) {
  if (to && !m.to.toLowerCase().includes(to.toLowerCase())) return false;
  if (subjectIncludes && !m.subject.toLowerCase().includes(subjectIncludes.toLowerCase())) return false;
  if (textIncludes && !m.text.includes(textIncludes)) return false;
  return true;
}

// Waits for a message matching {to, subjectIncludes, textIncludes}; `after`
// skips messages already seen (an array of earlier messages or file names).
async function waitForMail({ to, subjectIncludes, textIncludes, timeoutMs = 20000, after = [] } = {}) {
  const seen = new Set(after.map((x) => (typeof x === 'string' ? x : x.file)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = allMail().filter((m) => !seen.has(m.file) && matches(m, { to, subjectIncludes, textIncludes }));
    if (found.length) return found[found.length - 1];
    if (Date.now() > deadline) {
      const have = allMail().map((m) => `  to=${m.to} subject=${m.subject}`).join('\n') || '  (none)';
      throw new Error(`no mail to=${to} subject~${subjectIncludes} within ${timeoutMs} ms; mailbox:\n${have}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Every path (not host) in the message's text that starts with PREFIX.
function linksIn(message, prefix) {
  const re = /https?:\/\/[^\s"'<>]+|\/[A-Za-z0-9_\-/.%]+/g;
  const out = [];
  for (const m of message.text.match(re) || []) {
    const p = m.startsWith('/') ? m : new URL(m).pathname;
    if (p.startsWith(prefix) && !out.includes(p)) out.push(p);
  }
  return out;
}

module.exports = { waitForMail, allMail, parseMessage, linksIn, decodeQuotedPrintable, decodeHeader };
