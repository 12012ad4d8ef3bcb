{{%AUTOESCAPE context="HTML"}}<h1>A child's data</h1>
<p>{{SITE}} is for businesses and does not ask anyone's age. If a child under 13 gave us personal details without your consent, you, as their parent or guardian, can ask us to delete them, to keep the child out of every promotion, or both. We e-mail you a link to confirm that the request is yours; our support staff then check it and carry it out. The child's address then stays on a list that no promotion can reach. You can also write to <a href="mailto:{{CONTACT}}">{{CONTACT}}</a>.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/children">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="guardian_name">Your name</label>
<input id="guardian_name" name="guardian_name" type="text" autocomplete="name" required maxlength="200" value="{{GUARDIAN_NAME_VALUE}}"{{#GUARDIAN_NAME_ERROR}} aria-invalid="true" aria-describedby="error-guardian_name"{{/GUARDIAN_NAME_ERROR}}>
{{#GUARDIAN_NAME_ERROR}}<p class="field-error" id="error-guardian_name">{{MESSAGE}}</p>{{/GUARDIAN_NAME_ERROR}}
</div>
<div class="field">
<label for="guardian_email">Your e-mail address</label>
<input id="guardian_email" name="guardian_email" type="email" autocomplete="email" required value="{{GUARDIAN_EMAIL_VALUE}}"{{#GUARDIAN_EMAIL_ERROR}} aria-invalid="true" aria-describedby="error-guardian_email"{{/GUARDIAN_EMAIL_ERROR}}>
{{#GUARDIAN_EMAIL_ERROR}}<p class="field-error" id="error-guardian_email">{{MESSAGE}}</p>{{/GUARDIAN_EMAIL_ERROR}}
</div>
<div class="field">
<label for="child_email">The child's e-mail address (the one their account uses, if they have one)</label>
<input id="child_email" name="child_email" type="email" autocomplete="off" required value="{{CHILD_EMAIL_VALUE}}"{{#CHILD_EMAIL_ERROR}} aria-invalid="true" aria-describedby="error-child_email"{{/CHILD_EMAIL_ERROR}}>
{{#CHILD_EMAIL_ERROR}}<p class="field-error" id="error-child_email">{{MESSAGE}}</p>{{/CHILD_EMAIL_ERROR}}
</div>
<fieldset id="request"{{#REQUEST_ERROR}} aria-describedby="error-request"{{/REQUEST_ERROR}}>
<legend>What should we do?</legend>
<div class="field"><input id="removal" name="removal" type="checkbox" value="yes"{{#REMOVAL_CHECKED}} checked{{/REMOVAL_CHECKED}}> <label for="removal">Delete the child's account and data</label></div>
<div class="field"><input id="opt_out" name="opt_out" type="checkbox" value="yes"{{#OPT_OUT_CHECKED}} checked{{/OPT_OUT_CHECKED}}> <label for="opt_out">Keep the child out of all promotions</label></div>
{{#REQUEST_ERROR}}<p class="field-error" id="error-request">{{MESSAGE}}</p>{{/REQUEST_ERROR}}
</fieldset>
<p><button type="submit">Send the request</button></p>
</form>
