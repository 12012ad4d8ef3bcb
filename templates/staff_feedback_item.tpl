{{%AUTOESCAPE context="HTML"}}<h1>Feedback {{ID}}</h1>
{{#DONE}}<p class="done" role="status">{{DONE_TEXT}}</p>{{/DONE}}
<p>About: {{TOPIC}}. From {{FROM}}, answered at {{REPLY_EMAIL}}. Sent {{AT}}.</p>
<blockquote class="message">{{MESSAGE_TEXT}}</blockquote>
<h2>Answers</h2>
{{#REPLY}}<div class="reply"><p>{{AT}}, staff member {{STAFF_ID}}:</p><blockquote>{{BODY}}</blockquote></div>
{{/REPLY}}
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/staff/feedback/{{ID}}/reply">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="body">Answer by e-mail</label>
<textarea id="body" name="body" rows="8" required maxlength="5000"{{#BODY_ERROR}} aria-invalid="true" aria-describedby="error-body"{{/BODY_ERROR}}>{{BODY_VALUE}}</textarea>
{{#BODY_ERROR}}<p class="field-error" id="error-body">{{MESSAGE}}</p>{{/BODY_ERROR}}
</div>
<p><button type="submit">Send the answer</button></p>
</form>
