{{%AUTOESCAPE context="HTML"}}<h1>Staff</h1>
<p>Signed in as {{EMAIL}}, role: <strong class="role">{{ROLE}}</strong>.</p>
<p>Staff pages show a member's personal data only for a stated purpose, and every such view is recorded where the member can see it.</p>
<ul>
<li><a href="/staff/members">Find a member</a></li>
{{#STATISTICS}}<li><a href="/staff/stats">Site statistics</a></li>
{{/STATISTICS}}{{#BANNERS}}<li><a href="/staff/banners">Banner campaigns</a></li>
<li><a href="/staff/promotions">Promotions</a></li>
{{/BANNERS}}{{#MARKETING}}<li><a href="/staff/campaigns">Marketing campaigns</a></li>
{{/MARKETING}}{{#COMPLIANCE}}<li><a href="/staff/disclosures">Disclosures</a></li>
<li><a href="/staff/stats/exports">Statistics exports</a></li>
{{/COMPLIANCE}}</ul>
<p>Support: <a href="/staff/children">children's data requests</a> · <a href="/staff/feedback">feedback</a></p>
<form method="post" action="/staff/signout">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<button type="submit">Sign out</button>
</form>
