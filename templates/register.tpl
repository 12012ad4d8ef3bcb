{{%AUTOESCAPE context="HTML"}}<h1>Register</h1>
<p>Open an account for yourself and your company. Next to each field we say why we ask for it. Nothing on this form is shown publicly.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/register" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
{{>MEMBER_FIELDS}}
<fieldset>
<legend>Your password</legend>
<div class="field">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="1024" aria-describedby="password-why{{#PASSWORD_ERROR}} error-password{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
<p class="why" id="password-why">Why: to protect your account. At least 10 characters. We store only a one-way hash; our staff can never see it and will never ask for it.</p>
{{#PASSWORD_ERROR}}<p class="field-error" id="error-password">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
</div>
</fieldset>
<div class="field checkbox">
<input id="accept_policy" name="accept_policy" type="checkbox" value="1"{{#ACCEPT_CHECKED}} checked{{/ACCEPT_CHECKED}} aria-describedby="accept_policy-why{{#ACCEPT_POLICY_ERROR}} error-accept_policy{{/ACCEPT_POLICY_ERROR}}">
<label for="accept_policy">I have read and accept the <a href="/privacy">privacy policy</a>.</label>
<p class="why" id="accept_policy-why">We record which version of the policy you accepted.</p>
{{#ACCEPT_POLICY_ERROR}}<p class="field-error" id="error-accept_policy">{{MESSAGE}}</p>{{/ACCEPT_POLICY_ERROR}}
</div>
<p><button type="submit">Register</button></p>
</form>
