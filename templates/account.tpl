{{%AUTOESCAPE context="HTML"}}<h1>Your account</h1>
<p>This is what you told us. Only you see this page.</p>
<dl class="data">
<dt>Name</dt><dd>{{NAME}}</dd>
<dt>E-mail address</dt><dd>{{EMAIL}}</dd>
<dt>Phone number</dt><dd>{{PHONE}}</dd>
<dt>Postal address</dt><dd class="address">{{ADDRESS:pre_escape}}</dd>
<dt>Country</dt><dd>{{COUNTRY}}</dd>
<dt>Company name</dt><dd>{{COMPANY_NAME}}</dd>
<dt>Company address</dt><dd class="address">{{COMPANY_ADDRESS:pre_escape}}</dd>
</dl>
<p>Your data is kept under version {{POLICY_VERSION}} of the <a href="/privacy">privacy policy</a>. <a href="/account/policy">Policy versions</a></p>
<h2>Who at our company looked at your data</h2>
{{#NO_ACCESSES}}<p>Nobody on our staff has looked at your personal data.</p>{{/NO_ACCESSES}}
<ul class="accesses">
{{#ACCESS}}<li>{{AT}}: {{FIELDS}}, for {{PURPOSE}} ({{REASON}})</li>
{{/ACCESS}}</ul>
<p><a href="/account/access">Every staff view of your data, refused ones included, and disclosures of your data</a></p>
<ul>
<li><a href="/bin/user/edit">Your data</a>: everything we hold about you, where to correct it, and a download of it all</li>
<li><a href="/bin/user/edit/details">Correct your account details</a></li>
<li><a href="/account/promotions">Your promotions</a>: take part, see your progress, or leave</li>
<li><a href="/account/personalisation">Targeted promotions and pages arranged for you</a>: switch them off or on</li>
<li><a href="/account/profile">Your public profile</a> (what other members and visitors see with your company)</li>
<li><a href="/company">Your company</a></li>
<li><a href="/inquiries">Inquiries</a></li>
<li><a href="/account/sessions">Where you are signed in</a></li>
<li><a href="/account/password">Change your password</a></li>
<li><a href="/account/messages">Messages we may send you</a>: e-mail about new services, promotions, the newsletter; post and phone</li>
<li><a href="/bin/user/edit/delete">Delete my account</a></li>
</ul>
