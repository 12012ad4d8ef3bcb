{{%AUTOESCAPE context="HTML"}}<h1>Join {{COMPANY_NAME}}</h1>
<p>You have been invited to join <a href="{{COMPANY_PATH}}">{{COMPANY_NAME}}</a>. A person belongs to one company.</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/FORM_ERROR}}{{#SIGNED_IN}}<form method="post" action="{{INVITE_PATH}}">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<p><button type="submit">Accept the invitation</button></p>
</form>
{{/SIGNED_IN}}{{#SIGNED_OUT}}<p>To accept, <a href="/signin">sign in</a> or <a href="/register">register</a> first, then open the link in the invitation again.</p>
{{/SIGNED_OUT}}
