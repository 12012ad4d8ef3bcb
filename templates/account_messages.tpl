{{%AUTOESCAPE context="HTML"}}<h1>Messages we may send you</h1>
{{#SAVED}}<p class="notice" role="status">Your choices are saved.</p>{{/SAVED}}
<p>Besides the messages about your account, {{SITE}} may tell you about new services and promotions and send its newsletter by e-mail, and could contact you by post or by phone. You decide which of these you want. Every marketing e-mail also has a link that unsubscribes you with one click, without signing in.</p>
<p>{{#DEFAULT_OPT_OUT}}Under version {{POLICY_VERSION}} of the <a href="/privacy">privacy policy</a>, which your data is kept under, these messages are allowed until you say no.{{/DEFAULT_OPT_OUT}}{{#DEFAULT_OPT_IN}}Under version {{POLICY_VERSION}} of the <a href="/privacy">privacy policy</a>, which your data is kept under, we send these messages only once you say yes.{{/DEFAULT_OPT_IN}} {{SITE}} itself sends no paper mail and makes no marketing calls; your choices for post and phone are recorded all the same.</p>
<form method="post" action="/account/messages">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<fieldset>
<legend>What may we send you?</legend>
{{#CHANNEL}}<div class="field"><input id="{{WHAT}}" name="{{WHAT}}" type="checkbox" value="on"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{WHAT}}">{{LABEL}}</label> <span class="muted">{{#CHOSEN}}(your choice of {{AT}}, {{SOURCE}}){{/CHOSEN}}{{#DEFAULTED}}(not chosen yet: the policy's default){{/DEFAULTED}}</span></div>
{{/CHANNEL}}</fieldset>
<p><button type="submit">Save my choices</button></p>
</form>
<p>Messages about your account (security notices, changes to the privacy policy, replies to your inquiries and similar) are always sent, whatever you choose here, and each says so.</p>
<p>Every change you make is kept in <a href="/bin/user/edit#consent-history">your consent history</a>.</p>
