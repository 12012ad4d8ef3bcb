{{%AUTOESCAPE context="HTML"}}<h1>Where you are signed in</h1>
<p>Each line is a browser where you are signed in. End any you do not recognise, and change your password if you did not sign in there.</p>
<ul class="sessions">
{{#SESSION}}<li class="session">
<span class="device">{{DEVICE}}</span>{{#CURRENT}} <strong>(this browser)</strong>{{/CURRENT}}{{#PERSISTENT}} · kept signed in{{/PERSISTENT}}<br>
<span class="muted">Last seen {{LAST_SEEN}} · signed in {{STARTED}}</span>
<form method="post" action="/account/sessions/{{ID}}/revoke" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Sign out</button></form>
</li>
{{/SESSION}}</ul>
<form method="post" action="/account/sessions/revoke-all">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<button type="submit">Sign out everywhere</button>
</form>
