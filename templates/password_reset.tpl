{{%AUTOESCAPE context="HTML"}}<h1>Choose a new password</h1>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="new_password">New password</label>
<input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="10" aria-describedby="new_password-why{{#NEW_PASSWORD_ERROR}} error-new_password{{/NEW_PASSWORD_ERROR}}"{{#NEW_PASSWORD_ERROR}} aria-invalid="true"{{/NEW_PASSWORD_ERROR}}>
<p class="why" id="new_password-why">At least 10 characters.</p>
{{#NEW_PASSWORD_ERROR}}<p class="field-error" id="error-new_password">{{MESSAGE}}</p>{{/NEW_PASSWORD_ERROR}}
</div>
<p><button type="submit">Save the new password</button></p>
</form>
