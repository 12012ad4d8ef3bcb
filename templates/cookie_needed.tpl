{{%AUTOESCAPE context="HTML"}}<h1>This form needs a cookie</h1>
<p>Your browser did not send back the cookie <code>{{CSRF_COOKIE}}</code>. It proves that a form you send came from this site and not from another site acting in your name, so the form was not accepted and nothing was changed.</p>
{{#SIGNING_IN}}<p>Signing in needs one more cookie, <code>{{SESSION_COOKIE}}</code>, which keeps you signed in from page to page. Without it you can still browse, search and read every company, product and offer page.</p>{{/SIGNING_IN}}
<p>To send the form, allow cookies for this site in your browser (the strictly necessary ones are enough; see <a href="/privacy/cookies">what each cookie does</a>), then send it again below.</p>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
{{#ANY_KEPT}}<p>We kept what you typed:</p>
<ul class="kept">
{{#KEPT}}<li>{{LABEL}}: {{VALUE}}{{#ONE_LINE}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/ONE_LINE}}{{#LINES}}<textarea name="{{NAME}}" hidden>{{VALUE:pre_escape}}</textarea>{{/LINES}}</li>
{{/KEPT}}</ul>{{/ANY_KEPT}}
{{#ASK_AGAIN}}<div class="field">
<label for="again-{{NAME}}">Type your {{LABEL}} again (we never keep it in a page)</label>
<input id="again-{{NAME}}" name="{{NAME}}" type="password" required>
</div>
{{/ASK_AGAIN}}{{#FILES_LOST}}<p>Files you attached were not kept: attach them again on the form itself.</p>{{/FILES_LOST}}
<p><button type="submit">Send again</button></p>
</form>
