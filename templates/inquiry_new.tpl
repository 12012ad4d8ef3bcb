{{%AUTOESCAPE context="HTML"}}<h1>Send an inquiry</h1>
<p>To <strong>{{SUPPLIER}}</strong> about <a href="{{TOPIC_PATH}}">{{TOPIC_TITLE}}</a>.</p>
<p class="why">Only the members of {{SUPPLIER}} and of your own company can read this inquiry and its replies. They are told by e-mail that it has arrived; the e-mail does not contain your message.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/inquiries/new?{{TOPIC_PARAM}}={{TOPIC_ID}}">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="subject">Subject</label>
<input id="subject" name="subject" type="text" maxlength="200" required value="{{SUBJECT_VALUE}}"{{#SUBJECT_ERROR}} aria-invalid="true" aria-describedby="error-subject"{{/SUBJECT_ERROR}}>
{{#SUBJECT_ERROR}}<p class="field-error" id="error-subject">{{MESSAGE}}</p>{{/SUBJECT_ERROR}}
</div>
<div class="field">
<label for="message">Your message</label>
<textarea id="message" name="message" rows="8" required aria-describedby="message-why{{#MESSAGE_ERROR}} error-message{{/MESSAGE_ERROR}}"{{#MESSAGE_ERROR}} aria-invalid="true"{{/MESSAGE_ERROR}}>{{MESSAGE_VALUE:pre_escape}}</textarea>
<p class="why" id="message-why">Quantities, delivery terms, questions: at most {{MAX_MESSAGE}} characters. Private to the two companies.</p>
{{#MESSAGE_ERROR}}<p class="field-error" id="error-message">{{MESSAGE}}</p>{{/MESSAGE_ERROR}}
</div>
<p><button type="submit">Send inquiry</button></p>
</form>
