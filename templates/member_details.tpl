{{%AUTOESCAPE context="HTML"}}<h1>Correct your account details</h1>
{{#SAVED}}<p class="notice" role="status">Your account details have been saved.</p>
{{/SAVED}}<p>What you told us when you registered. It is checked as at registration. None of it is shown publicly; <a href="/bin/user/edit">your data page</a> shows what each item is used for.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/bin/user/edit/details" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
{{>MEMBER_FIELDS}}
<div class="field">
<label for="current_password">Current password</label>
<input id="current_password" name="current_password" type="password" autocomplete="current-password" maxlength="1024" aria-describedby="current_password-why{{#CURRENT_PASSWORD_ERROR}} error-current_password{{/CURRENT_PASSWORD_ERROR}}"{{#CURRENT_PASSWORD_ERROR}} aria-invalid="true"{{/CURRENT_PASSWORD_ERROR}}>
<p class="why" id="current_password-why">Needed only to change your e-mail address: it signs you in and receives password resets.</p>
{{#CURRENT_PASSWORD_ERROR}}<p class="field-error" id="error-current_password">{{MESSAGE}}</p>{{/CURRENT_PASSWORD_ERROR}}
</div>
<p><button type="submit">Save</button></p>
</form>
