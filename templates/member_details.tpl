{{%AUTOESCAPE context="HTML"}}<h1>Correct your account details</h1>
{{#SAVED}}<p class="notice" role="status">Your account details have been saved.</p>
{{/SAVED}}<p>What you told us when you registered. It is checked as at registration. None of it is shown publicly; <a href="/bin/user/edit">your data page</a> shows what each item is used for.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/bin/user/edit/details" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{>MEMBER_FIELDS}}
<p><button type="submit">Save</button></p>
</form>
