'use strict';
// A browser-like HTTP client for the tests: a cookie jar, no automatic
// redirects, and the CSRF token of the last HTML page added to each POST.
//
//   const c = new Client(server.baseUrl);
//   let r = await c.get('/register');            // {status, headers, text, location, setCookies}
//   r = await c.post('/register', {name: ...});  // adds csrf from the last page
//   r = await c.follow(r);                       // GET the Location

const { URL, URLSearchParams } = require('node:url');

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function stripTags(s) {
  return decodeEntities(s.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

// Attributes of one start tag: {name: value} (value '' for bare attributes).
function tagAttributes(tag) {
  const attrs = {};
  const re = /([^\s=/<>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  const body = tag.replace(/^<\s*[^\s>]+/, '').replace(/\/?>$/, '');
  let m;
  while ((m = re.exec(body))) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

// Every <input>/<textarea>/<select> start tag as {tag, attrs}.
function formControls(html) {
  const out = [];
  const re = /<(input|textarea|select|button)\b[^>]*>/gi;
  let m;
  while ((m = re.exec(html))) out.push({ tag: m[1].toLowerCase(), attrs: tagAttributes(m[0]), index: m.index });
  return out;
}

// The value attribute of the first input named NAME (textarea: its text), or null.
function inputValue(html, name) {
  for (const c of formControls(html)) {
    if (c.attrs.name !== name) continue;
    if (c.tag === 'textarea') {
      const rest = html.slice(c.index);
      const m = /<textarea\b[^>]*>([\s\S]*?)<\/textarea>/i.exec(rest);
      return m ? decodeEntities(m[1]) : '';
    }
    return c.attrs.value ?? '';
  }
  return null;
}

function hasInput(html, name) {
  return formControls(html).some((c) => c.attrs.name === name);
}

// The hidden csrf field's value, or null.
function csrfToken(html) {
  for (const c of formControls(html)) {
    if (c.tag === 'input' && c.attrs.name === 'csrf') return c.attrs.value ?? '';
  }
  return null;
}

// {FIELD: message} from <p class="field-error" id="error-FIELD">message</p>.
function fieldErrors(html) {
  const errors = {};
  const re = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi;
  let m;
  while ((m = re.exec(html))) {
    const attrs = tagAttributes(`<p ${m[1]}>`);
    if (!(attrs.class || '').split(/\s+/).includes('field-error')) continue;
    const id = attrs.id || '';
    if (!id.startsWith('error-')) continue;
    errors[id.slice('error-'.length)] = stripTags(m[2]);
  }
  return errors;
}

// The text of <p class="form-error">, or null.
function formError(html) {
  const re = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi;
  let m;
  while ((m = re.exec(html))) {
    const attrs = tagAttributes(`<p ${m[1]}>`);
    if ((attrs.class || '').split(/\s+/).includes('form-error')) return stripTags(m[2]);
  }
  return null;
}

// Parses one Set-Cookie header: {name, value, attrs: {path, max-age, httponly: true, ...}}.
function parseSetCookie(header) {
  const parts = header.split(';');
  const first = parts.shift();
  const eq = first.indexOf('=');
  const cookie = {
    name: first.slice(0, eq).trim(),
    value: first.slice(eq + 1).trim(),
    attrs: {},
    raw: header,
  };
  for (const p of parts) {
    const i = p.indexOf('=');
    const k = (i < 0 ? p : p.slice(0, i)).trim().toLowerCase();
    if (!k) continue;
    cookie.attrs[k] = i < 0 ? true : p.slice(i + 1).trim();
  }
  return cookie;
}

function setCookieHeaders(headers) {
  if (typeof headers.getSetCookie === 'function') return headers.getSetCookie();
  const v = headers.get('set-cookie');
  return v ? v.split(/,(?=\s*[^;,=\s]+=)/) : [];
}

class Client {
  constructor(baseUrl, { userAgent = 'hanse-tests' } = {}) {
    this.baseUrl = baseUrl;
    this.userAgent = userAgent;
    this.jar = new Map(); // name -> {value, expires (ms) | null}
    this.lastHtml = '';
    this.lastUrl = null;
  }

  // A second client with a copy of this one's cookies (an old cookie kept).
  clone() {
    const c = new Client(this.baseUrl, { userAgent: this.userAgent });
    for (const [k, v] of this.jar) c.jar.set(k, { ...v });
    c.lastHtml = this.lastHtml;
    return c;
  }

  cookie(name) {
    const c = this.jar.get(name);
    if (!c) return undefined;
    if (c.expires !== null && c.expires <= Date.now()) {
      this.jar.delete(name);
      return undefined;
    }
    return c.value;
  }

  setCookie(name, value) { this.jar.set(name, { value, expires: null }); }

  deleteCookie(name) { this.jar.delete(name); }

  cookieHeader() {
    const pairs = [];
    for (const name of [...this.jar.keys()]) {
      const v = this.cookie(name);
      if (v !== undefined) pairs.push(`${name}=${v}`);
    }
    return pairs.join('; ');
  }

  storeCookies(setCookies) {
    for (const sc of setCookies) {
      let expires = null;
      if (sc.attrs['max-age'] !== undefined) {
        expires = Date.now() + Number(sc.attrs['max-age']) * 1000;
      } else if (sc.attrs.expires) {
        const t = Date.parse(sc.attrs.expires);
        if (!Number.isNaN(t)) expires = t;
      }
      if (expires !== null && expires <= Date.now()) this.jar.delete(sc.name);
      else this.jar.set(sc.name, { value: sc.value, expires });
    }
  }

  // One request; no redirects followed. Returns {status, headers, text, location, setCookies, url}.
  async request(method, path, { body, headers = {}, remember = true } = {}) {
    const url = new URL(path, this.baseUrl).toString();
    const h = { 'user-agent': this.userAgent, ...headers };
    const cookie = this.cookieHeader();
    if (cookie && h.cookie === undefined) h.cookie = cookie;
    const res = await fetch(url, { method, headers: h, body, redirect: 'manual', signal: AbortSignal.timeout(60000) });
    const buf = Buffer.from(await res.arrayBuffer());
    const text = buf.toString('utf8');
    const setCookies = setCookieHeaders(res.headers).map(parseSetCookie);
    this.storeCookies(setCookies);
    const location = res.headers.get('location');
    const result = {
      status: res.status,
      headers: res.headers,
      text,
      body: buf,
      // path and query of the Location; locationPath: the path alone
      location: location ? new URL(location, url).pathname + new URL(location, url).search : null,
      locationPath: location ? new URL(location, url).pathname : null,
      rawLocation: location,
      setCookies,
      url,
    };
    if (remember && (res.headers.get('content-type') || '').includes('text/html')) {
      this.lastHtml = text;
      this.lastUrl = url;
    }
    return result;
  }

  get(path, opts = {}) { return this.request('GET', path, opts); }

  // Follows a redirect response with a GET (303 semantics).
  follow(res) {
    if (!res.location) throw new Error(`status ${res.status} has no Location`);
    return this.get(res.location);
  }

  withCsrf(fields) {
    const out = { ...fields };
    if (out.csrf === undefined) {
      const token = csrfToken(this.lastHtml);
      if (token !== null) out.csrf = token;
    }
    if (out.csrf === null) delete out.csrf;
    return out;
  }

  // urlencoded POST. fields.csrf: undefined adds the last page's token, null sends none.
  post(path, fields = {}, opts = {}) {
    const f = this.withCsrf(fields);
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) {
      if (Array.isArray(v)) v.forEach((x) => body.append(k, String(x)));
      else if (v !== undefined) body.append(k, String(v));
    }
    return this.request('POST', path, {
      ...opts,
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(opts.headers || {}) },
    });
  }

  // multipart/form-data POST; files: {field: {filename, contentType, data (Buffer|string)}}.
  postMultipart(path, fields = {}, files = {}, opts = {}) {
    const f = this.withCsrf(fields);
    const form = new FormData();
    for (const [k, v] of Object.entries(f)) {
      if (Array.isArray(v)) v.forEach((x) => form.append(k, String(x)));
      else if (v !== undefined) form.append(k, String(v));
    }
    for (const [k, file] of Object.entries(files)) {
      const blob = new Blob([file.data], { type: file.contentType || 'application/octet-stream' });
      form.append(k, blob, file.filename || 'file');
    }
    return this.request('POST', path, { ...opts, body: form });
  }
}

module.exports = {
  Client, fieldErrors, formError, csrfToken, inputValue, hasInput, formControls,
  parseSetCookie, decodeEntities, stripTags, tagAttributes,
};
