{{%AUTOESCAPE context="HTML"}}<h1>Feedback</h1>
<p>Tell us what you think of our privacy policy or our services. We confirm by e-mail that your message arrived, and a member of our staff reads it and answers you. You can also write to <a href="mailto:{{CONTACT}}">{{CONTACT}}</a>.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/feedback">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="topic">Your message is about</label>
<select id="topic" name="topic"{{#TOPIC_ERROR}} aria-invalid="true" aria-describedby="error-topic"{{/TOPIC_ERROR}}>
{{#TOPIC}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TOPIC}}</select>
{{#TOPIC_ERROR}}<p class="field-error" id="error-topic">{{MESSAGE}}</p>{{/TOPIC_ERROR}}
</div>
<div class="field">
<label for="message">Your message</label>
<textarea id="message" name="message" rows="8" required maxlength="5000"{{#MESSAGE_ERROR}} aria-invalid="true" aria-describedby="error-message"{{/MESSAGE_ERROR}}>{{MESSAGE_VALUE}}</textarea>
{{#MESSAGE_ERROR}}<p class="field-error" id="error-message">{{MESSAGE}}</p>{{/MESSAGE_ERROR}}
</div>
{{#VISITOR}}<div class="field">
<label for="reply_email">Your e-mail address, for our answer</label>
<input id="reply_email" name="reply_email" type="email" autocomplete="email" required value="{{REPLY_EMAIL_VALUE}}"{{#REPLY_EMAIL_ERROR}} aria-invalid="true" aria-describedby="error-reply_email"{{/REPLY_EMAIL_ERROR}}>
{{#REPLY_EMAIL_ERROR}}<p class="field-error" id="error-reply_email">{{MESSAGE}}</p>{{/REPLY_EMAIL_ERROR}}
</div>{{/VISITOR}}
{{#SIGNED_IN}}<p>We answer you at your account's address, {{REPLY_EMAIL_VALUE}}.</p>{{/SIGNED_IN}}
<p><button type="submit">Send</button></p>
</form>
