{{%AUTOESCAPE context="HTML"}}<h1>Forgot your password?</h1>
<p>Enter the e-mail address of your account. If it is registered, we send a link to choose a new password; the link works once, for one hour.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/password/forgot">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="email">E-mail address</label>
<input id="email" name="email" type="email" autocomplete="email" required value="{{EMAIL_VALUE}}"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="error-email"{{/EMAIL_ERROR}}>
{{#EMAIL_ERROR}}<p class="field-error" id="error-email">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
</div>
<p><button type="submit">Send the link</button></p>
</form>
