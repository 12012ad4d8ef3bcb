{{%AUTOESCAPE context="HTML"}}<h1>Delete your account</h1>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<p>Deleting your account removes, at once: your account and profile, your sessions and password-reset links, your company membership, the images you uploaded, and mail sent to you. A company you own passes to its longest-standing other member; a company with no other member is deleted with its products, offers and images. Search results and public pages stop showing them.</p>
<p>What is kept, and why:</p>
<ul>
{{#KEPT}}<li>{{LINE}}</li>
{{/KEPT}}</ul>
<p>We send a confirmation to your e-mail address before it is deleted. This cannot be undone.</p>
<form method="post" action="/bin/user/edit/delete">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="password">Your password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required{{#PASSWORD_ERROR}} aria-invalid="true" aria-describedby="error-password"{{/PASSWORD_ERROR}}>
{{#PASSWORD_ERROR}}<p class="field-error" id="error-password">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
</div>
<div class="field">
<input id="confirm" name="confirm" type="checkbox" value="1"{{#CONFIRM_ERROR}} aria-invalid="true" aria-describedby="error-confirm"{{/CONFIRM_ERROR}}>
<label for="confirm">Yes, delete my account and the data listed above</label>
{{#CONFIRM_ERROR}}<p class="field-error" id="error-confirm">{{MESSAGE}}</p>{{/CONFIRM_ERROR}}
</div>
<p><button type="submit">Delete my account</button></p>
</form>
<p><a href="/account">Keep my account</a></p>
