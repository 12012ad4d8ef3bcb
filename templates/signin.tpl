{{%AUTOESCAPE context="HTML"}}<h1>Sign in</h1>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/FORM_ERROR}}
<form method="post" action="/signin">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="email">E-mail address</label>
<input id="email" name="email" type="email" autocomplete="username" required value="{{EMAIL_VALUE}}">
</div>
<div class="field">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
</div>
<div class="field checkbox">
<input id="remember" name="remember" type="checkbox" value="1"{{#REMEMBER_CHECKED}} checked{{/REMEMBER_CHECKED}}>
<label for="remember">Keep me signed in for 30 days</label>
<p class="why">Leave this off on a shared computer: without it, closing the browser or 30 minutes without activity signs you out.</p>
</div>
<p><button type="submit">Sign in</button></p>
</form>
<p><a href="/password/forgot">Forgot your password?</a> · <a href="/register">Register</a></p>
<p class="muted">Signing in needs cookies: <code>hanse_csrf</code>, which proves that this form came from this site, and <code>hanse_session</code>, which keeps you signed in. Both are strictly necessary cookies; nothing else is set on this page. <a href="/privacy/cookies">About cookies</a>.</p>
