{{%AUTOESCAPE context="HTML"}}<h1>Campaign: {{SUBJECT}}</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>{{/HAS_NOTICE}}
<p>Topic: {{TOPIC}}. <a href="/staff/campaigns">All campaigns</a></p>
<h2>Preview</h2>
<p>Each recipient gets this text with their own unsubscribe link in place of TOKEN, and the headers <code>List-Unsubscribe: &lt;{{LIST_UNSUBSCRIBE}}&gt;</code> and <code>List-Unsubscribe-Post: List-Unsubscribe=One-Click</code>.</p>
<pre class="mail-preview">{{PREVIEW}}</pre>
{{#SENT}}<p>Sent {{AT}} to {{RECIPIENTS}} members.</p>{{/SENT}}
{{#DRAFT}}<p>It would go to {{AUDIENCE}} members now.</p>
<form method="post" action="/staff/campaigns/{{ID}}/send">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<p><button type="submit">Send the campaign</button></p>
</form>{{/DRAFT}}
