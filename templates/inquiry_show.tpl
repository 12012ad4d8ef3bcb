{{%AUTOESCAPE context="HTML"}}<h1>{{SUBJECT}}</h1>
<p>Between {{#SUPPLIER}}<a href="{{PATH}}">{{NAME}}</a>{{/SUPPLIER}}{{SUPPLIER_GONE}} (supplier) and {{#BUYER_COMPANY}}<a href="{{PATH}}">{{NAME}}</a>{{/BUYER_COMPANY}}{{#BUYER_WITHOUT_COMPANY}}a buyer without a company profile{{/BUYER_WITHOUT_COMPANY}}{{#BUYER_FORMER_MEMBER}}a former member{{/BUYER_FORMER_MEMBER}} (buyer){{#TOPIC}}, about <a href="{{PATH}}">{{TITLE}}</a>{{/TOPIC}}.</p>
<p class="why">Private: only the two companies see this conversation.</p>
<ol class="thread">
{{#MESSAGE}}<li class="message from-{{SIDE}}"{{#MESSAGE_last}} id="latest"{{/MESSAGE_last}}>
<p class="message-meta"><strong>{{FROM}}</strong>{{#AUTHOR}}, {{NAME}}{{/AUTHOR}} · {{AT}}</p>
<div class="message-body">{{BODY:pre_escape}}</div>
</li>
{{/MESSAGE}}</ol>
<h2>Reply</h2>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/inquiries/{{ID}}/reply">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="message">Your reply</label>
<textarea id="message" name="message" rows="6" required{{#MESSAGE_ERROR}} aria-invalid="true" aria-describedby="error-message"{{/MESSAGE_ERROR}}>{{MESSAGE_VALUE:pre_escape}}</textarea>
{{#MESSAGE_ERROR}}<p class="field-error" id="error-message">{{MESSAGE}}</p>{{/MESSAGE_ERROR}}
</div>
<p><button type="submit">Send reply</button></p>
</form>
