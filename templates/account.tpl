{{%AUTOESCAPE context="HTML"}}<h1>Your account</h1>
<p>This is what you told us. Only you see this page.</p>
<dl class="data">
<dt>Name</dt><dd>{{NAME}}</dd>
<dt>E-mail address</dt><dd>{{EMAIL}}</dd>
<dt>Phone number</dt><dd>{{PHONE}}</dd>
<dt>Postal address</dt><dd class="address">{{ADDRESS}}</dd>
<dt>Country</dt><dd>{{COUNTRY}}</dd>
<dt>Company name</dt><dd>{{COMPANY_NAME}}</dd>
<dt>Company address</dt><dd class="address">{{COMPANY_ADDRESS}}</dd>
</dl>
<ul>
<li><a href="/account/sessions">Where you are signed in</a></li>
<li><a href="/account/password">Change your password</a></li>
</ul>
