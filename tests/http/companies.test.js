'use strict';
// Companies, their members and invitations, members' public profiles and
// the previews (M-1, M-2, P-12).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, fieldErrors, formError } = require('./lib/client');
const { waitForMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { PNG_1x1, createCompany, companyFields, addProduct } = require('./lib/market');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

async function signedIn() {
  const client = new Client(server.baseUrl);
  const member = await registerOk(client, newMember());
  return { client, member };
}

// The visitor-visible part of a company or profile page.
function article(html) {
  const m = /<article\b[\s\S]*?<\/article>/.exec(html);
  assert.ok(m, `no <article> in ${html.slice(0, 500)}`);
  return m[0];
}

function ownCompanyId(html) {
  const m = /name="company_id" value="(\d+)"/.exec(html);
  assert.ok(m, 'no company_id in the form');
  return m[1];
}

const logo = { logo: { filename: 'logo.png', contentType: 'image/png', data: PNG_1x1 } };

test('M1_create_company_with_logo_and_show_the_public_page', async () => {
  const { client } = await signedIn();
  const company = await createCompany(client, {}, logo);
  const anonymous = new Client(server.baseUrl);
  const page = await anonymous.get(company.path);
  assert.equal(page.status, 200);
  const html = page.text;
  assert.ok(html.includes(company.fields.name), 'name shown');
  assert.match(html, /<img src="\/upload\/\d+" alt="Logo of [^"]+">/);
  assert.ok(html.includes('href="/category/industrial-machinery/machine-tools"'), 'industry linked');
  assert.ok(html.includes('1999'));
  assert.ok(html.includes('Am Sandtorkai 1'));
  assert.match(html, /<a href="https:\/\/example.com" rel="nofollow noopener">/);
  assert.ok(html.includes(`href="${company.path}/products"`), 'All products link');
  // A wrong slug redirects to the canonical URL; an unknown id is not found.
  const wrong = await anonymous.get(`/company/${company.id}-wrong-slug`);
  assert.equal(wrong.status, 301);
  assert.equal(wrong.locationPath, company.path);
  assert.equal((await anonymous.get('/company/999999-nothing')).status, 404);
  // The dashboard links to the pages that manage the company.
  const dashboard = await client.get('/company');
  assert.equal(dashboard.status, 200);
  for (const link of ['/company/edit', '/company/members', '/company/preview', company.path, '/products/new', '/offers/new'])
    assert.ok(dashboard.text.includes(`href="${link}"`), `dashboard links ${link}`);
  // A second company for the same member is refused with a message.
  await client.get('/company');
  const again = await client.postMultipart('/company/new', companyFields());
  assert.equal(again.status, 409);
  assert.match(formError(again.text), /already belong to a company/);
});

// A name in another script keeps its letters in the URL, escaped
// (core/slug.h): the page at that URL is the page, not a redirect to itself.
test('M1_a_company_and_product_named_in_another_script_open_at_their_own_urls', async () => {
  const { client } = await signedIn();
  await client.get('/company/new');
  const name = `上海五金工具有限公司 ${Date.now() % 100000}`;
  const created = await client.postMultipart('/company/new', companyFields({ name }));
  assert.equal(created.status, 303, created.text.slice(0, 1500));
  assert.match(created.locationPath, /^\/company\/\d+-%E4%B8%8A%E6%B5%B7/);
  const product = await addProduct(client, { title: `不锈钢球阀 DN50 ${Date.now() % 100000}` });
  assert.match(product.path, /^\/product\/\d+-%E4%B8%8D/);
  for (const path of [created.locationPath, product.path]) {
    for (const who of [new Client(server.baseUrl), client]) {
      for (let i = 0; i < 2; i++) {  // the second from the caches
        const page = await who.get(path);
        assert.equal(page.status, 200, `${path}, visit ${i + 1}: ${page.status} ${page.rawLocation || ''}`);
      }
    }
  }
  assert.ok((await client.get(created.locationPath)).text.includes(name));
  const wrong = await client.get(created.locationPath.replace(/-[^/]*$/, '-old-name'));
  assert.equal(wrong.status, 301);
  assert.equal(wrong.locationPath, created.locationPath);
});

test('M1_invalid_company_form_is_422_and_stores_nothing', async () => {
  const { client } = await signedIn();
  await client.get('/company/new');
  const r = await client.postMultipart('/company/new', companyFields({
    name: '', industries: [], year_founded: '1700', website: 'ftp://example.com', country: 'XX',
  }));
  assert.equal(r.status, 422);
  const errors = fieldErrors(r.text);
  for (const field of ['name', 'industries', 'year_founded', 'website', 'country'])
    assert.ok(errors[field], `error for ${field}: ${JSON.stringify(errors)}`);
  const tooMany = await client.postMultipart('/company/new', companyFields({
    industries: ['agriculture', 'industrial-machinery/valves', 'industrial-machinery/machine-tools',
      'metals-minerals/copper', 'industrial-machinery', 'metals-minerals'],
  }));
  assert.equal(tooMany.status, 422);
  assert.ok(fieldErrors(tooMany.text).industries);
  const unknown = await client.postMultipart('/company/new', companyFields({ industries: ['no-such/category'] }));
  assert.equal(unknown.status, 422);
  const dashboard = await client.get('/company');
  assert.ok(dashboard.text.includes('href="/company/new"'), 'still without a company');
});

test('M1_text_file_renamed_as_logo_is_refused_and_nothing_stored', async () => {
  const { client } = await signedIn();
  await client.get('/company/new');
  const fake = { logo: { filename: 'logo.png', contentType: 'image/png', data: Buffer.from('just some text\n') } };
  const r = await client.postMultipart('/company/new', companyFields(), fake);
  assert.equal(r.status, 422);
  assert.ok(fieldErrors(r.text).logo, 'logo error');
  assert.ok((await client.get('/company')).text.includes('href="/company/new"'), 'no company stored');
  // The same on edit: the company keeps having no logo.
  const company = await createCompany(client);
  const edit = await client.get('/company/edit');
  const fields = companyFields({ name: company.fields.name, company_id: ownCompanyId(edit.text) });
  const r2 = await client.postMultipart('/company/edit', fields, fake);
  assert.equal(r2.status, 422);
  assert.ok(fieldErrors(r2.text).logo);
  const page = await new Client(server.baseUrl).get(company.path);
  assert.ok(!/<img\b/.test(article(page.text)), 'no logo shown');
});

test('M1_edit_and_delete_company', async () => {
  const { client } = await signedIn();
  const company = await createCompany(client, {}, logo);
  const edit = await client.get('/company/edit');
  assert.equal(edit.status, 200);
  const id = ownCompanyId(edit.text);
  const r = await client.postMultipart('/company/edit', companyFields({
    name: 'Renamed Works', company_id: id, industries: ['industrial-machinery/valves'],
  }));
  assert.equal(r.status, 303, r.text.slice(0, 1000));
  assert.equal(r.locationPath, `/company/${id}-renamed-works`);
  const old = await client.get(company.path);
  assert.equal(old.status, 301);
  const page = await client.get(r.locationPath);
  assert.ok(page.text.includes('Renamed Works'));
  assert.ok(page.text.includes('href="/category/industrial-machinery/valves"'));
  assert.match(page.text, /<img src="\/upload\/\d+"/, 'logo kept');
  // Delete: confirmation required, then everything is gone.
  await client.get('/company/delete');
  const unconfirmed = await client.post('/company/delete', { company_id: id });
  assert.equal(unconfirmed.status, 422);
  const deleted = await client.post('/company/delete', { company_id: id, confirm: '1' });
  assert.equal(deleted.status, 303);
  assert.equal((await client.get(r.locationPath)).status, 404);
  assert.ok((await client.get('/company')).text.includes('href="/company/new"'));
});

test('M2_outsiders_and_other_companies_get_403_and_nothing_changes', async () => {
  const a = await signedIn();
  const companyA = await createCompany(a.client);
  const idA = String(companyA.id);
  const b = await signedIn();
  await createCompany(b.client);
  const outsider = await signedIn();

  for (const who of [b.client, outsider.client]) {
    await who.get('/company');
    const edit = await who.postMultipart('/company/edit', companyFields({ name: 'Hijacked', company_id: idA }));
    assert.equal(edit.status, 403);
    assert.equal((await who.post('/company/delete', { company_id: idA, confirm: '1' })).status, 403);
    assert.equal((await who.post('/company/invite', { company_id: idA, email: 'x@example.com' })).status, 403);
    assert.equal((await who.post(`/company/members/1/remove`, { company_id: idA })).status, 403);
  }
  const page = await new Client(server.baseUrl).get(companyA.path);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(companyA.fields.name));
  assert.ok(!page.text.includes('Hijacked'));
  // Signed out: sent to sign in.
  const anonymous = new Client(server.baseUrl);
  assert.equal((await anonymous.get('/company/edit')).status, 303);
});

test('M2_invitation_mail_link_works_once_and_owner_removes_member', async () => {
  const owner = await signedIn();
  const company = await createCompany(owner.client);
  const invited = await signedIn();
  const third = await signedIn();

  const members = await owner.client.get('/company/members');
  const companyId = ownCompanyId(members.text);
  const bad = await owner.client.post('/company/invite', { company_id: companyId, email: 'not-an-address' });
  assert.equal(bad.status, 422);
  assert.ok(fieldErrors(bad.text).email);
  const r = await owner.client.post('/company/invite', { company_id: companyId, email: invited.member.email });
  assert.equal(r.status, 303);

  const mail = await waitForMail({ to: invited.member.email, subjectIncludes: 'Join' });
  assert.ok(mail.subject.includes(company.fields.name));
  for (const secret of [owner.member.email, owner.member.phone, owner.member.name, owner.member.address])
    assert.ok(!mail.text.includes(secret), `mail leaks ${secret}`);
  const [link] = linksIn(mail, '/invite/');
  assert.ok(link, mail.text);

  // Signed out, the page names the company and asks to sign in.
  const shown = await new Client(server.baseUrl).get(link);
  assert.equal(shown.status, 200);
  assert.ok(shown.text.includes(company.fields.name));
  assert.ok(shown.text.includes('href="/signin"'));

  await invited.client.get(link);
  const accepted = await invited.client.post(link, {});
  assert.equal(accepted.status, 303);
  const dashboard = await invited.client.get('/company');
  assert.ok(dashboard.text.includes(company.path), 'joined the company');
  // A member (not the owner) cannot delete the company or remove people.
  await invited.client.get('/company/members');
  assert.equal((await invited.client.post('/company/delete', { company_id: companyId, confirm: '1' })).status, 403);

  // The link works once.
  await third.client.get(link);
  const second = await third.client.post(link, {});
  assert.equal(second.status, 410);
  assert.equal((await third.client.get(link)).status, 410);
  assert.equal((await third.client.get('/invite/not-a-real-token')).status, 404);
  assert.ok((await third.client.get('/company')).text.includes('href="/company/new"'));

  // The owner removes the member.
  const list = await owner.client.get('/company/members');
  const actions = [...list.text.matchAll(/action="(\/company\/members\/\d+\/remove)"/g)].map((m) => m[1]);
  assert.equal(actions.length, 1, 'one removable member');
  const removed = await owner.client.post(actions[0], { company_id: companyId });
  assert.equal(removed.status, 303);
  assert.ok((await invited.client.get('/company')).text.includes('href="/company/new"'), 'no longer a member');
});

test('P12_company_page_shows_public_fields_and_never_private_member_data', async () => {
  const owner = await signedIn();
  const company = await createCompany(owner.client);
  // Without a public name the owner is not listed and has no profile page.
  let page = await new Client(server.baseUrl).get(company.path);
  assert.ok(!page.text.includes('/member/'));

  const form = await owner.client.get('/account/profile');
  assert.equal(form.status, 200);
  assert.ok(/<span class="public-mark">Public<\/span>/.test(form.text), 'public fields marked');
  const saved = await owner.client.post('/account/profile', { public_name: 'Anna P12', public_title: 'Export manager' });
  assert.equal(saved.status, 303);
  page = await new Client(server.baseUrl).get(company.path);
  assert.ok(page.text.includes('Anna P12'));
  assert.ok(page.text.includes('Export manager'));
  const profileLink = /href="(\/member\/\d+)"/.exec(page.text);
  assert.ok(profileLink);
  const profile = await new Client(server.baseUrl).get(profileLink[1]);
  assert.equal(profile.status, 200);
  assert.ok(profile.text.includes('Anna P12'));
  assert.ok(profile.text.includes(company.path));

  const m = owner.member;
  for (const html of [page.text, profile.text]) {
    for (const secret of [m.email, m.phone, m.name, m.address, m.company_name, m.company_address])
      assert.ok(!html.includes(secret), `public page shows private ${secret}`);
  }
  // Clearing the public name takes the profile page down.
  await owner.client.get('/account/profile');
  await owner.client.post('/account/profile', { public_name: '', public_title: '' });
  assert.equal((await new Client(server.baseUrl).get(profileLink[1])).status, 404);
});

test('P12_previews_equal_the_visitor_view', async () => {
  const owner = await signedIn();
  const company = await createCompany(owner.client, {}, logo);
  await owner.client.get('/account/profile');
  await owner.client.post('/account/profile', { public_name: 'Preview Person', public_title: 'Buyer' });

  const preview = await owner.client.get('/company/preview');
  assert.equal(preview.status, 200);
  assert.ok(preview.text.includes('This is how visitors see your company page'));
  const visitor = await new Client(server.baseUrl).get(company.path);
  assert.ok(!visitor.text.includes('This is how visitors see'));
  assert.equal(article(preview.text), article(visitor.text));

  const profilePreview = await owner.client.get('/account/profile/preview');
  assert.equal(profilePreview.status, 200);
  assert.ok(profilePreview.text.includes('This is how visitors see your public profile'));
  const link = /href="(\/member\/\d+)"/.exec(visitor.text)[1];
  const profileVisitor = await new Client(server.baseUrl).get(link);
  assert.equal(article(profilePreview.text), article(profileVisitor.text));

  // The company form marks its public fields.
  const edit = await owner.client.get('/company/edit');
  const marks = edit.text.match(/<span class="public-mark">Public<\/span>/g) || [];
  assert.ok(marks.length >= 7, `public marks: ${marks.length}`);
});

// M-2: an invitation joins only the person it was sent to. Accepted while
// signed in with another address it is refused (403), nobody joins, and
// the link still works for the invited address.
async function belongsTo(client, company) {
  return (await client.get('/company')).text.includes(company.path);
}

test('M2_an_invitation_accepted_by_another_address_is_refused', async () => {
  const owner = await signedIn();
  const company = await createCompany(owner.client);
  const invited = await signedIn();
  const other = await signedIn();

  const members = await owner.client.get('/company/members');
  const companyId = ownCompanyId(members.text);
  const sent = await owner.client.post('/company/invite', { company_id: companyId, email: invited.member.email });
  assert.equal(sent.status, 303);
  const mail = await waitForMail({ to: invited.member.email, subjectIncludes: 'Join' });
  const [link] = linksIn(mail, '/invite/');
  assert.ok(link, mail.text);

  // Someone else who got hold of the link: refused, and not a member.
  await other.client.get(link);
  const refused = await other.client.post(link, {});
  assert.equal(refused.status, 403);
  assert.ok(refused.text.includes('another e-mail address'), refused.text.slice(0, 2000));
  assert.ok(!(await belongsTo(other.client, company)), 'no membership created');
  const roster = await owner.client.get('/company/members');
  assert.equal([...roster.text.matchAll(/action="\/company\/members\/\d+\/remove"/g)].length, 0, 'nobody joined');

  // The invited address still can.
  await invited.client.get(link);
  const accepted = await invited.client.post(link, {});
  assert.equal(accepted.status, 303);
  assert.ok(await belongsTo(invited.client, company), 'the invited member joined');
});
