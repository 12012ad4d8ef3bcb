{{%AUTOESCAPE context="HTML"}}<h1>Marketing campaigns</h1>
<p>A campaign goes, once, to the members whose privacy policy version and choices allow marketing e-mail on its topic; addresses on the children's suppression list never receive one. Each message carries a one-click unsubscribe link. Only how many members it reached is kept.</p>
<p>For a campaign by post (the site sends no paper mail itself): <a href="/staff/campaigns/postal.csv">the postal mailing list</a> (CSV) of the members whose choices allow contact by post. Each address in it is read through the privacy guard, and each member sees the read in their account.</p>
<h2>Campaigns</h2>
{{#NO_CAMPAIGNS}}<p>No campaign yet.</p>{{/NO_CAMPAIGNS}}
<table>
<thead><tr><th scope="col">Subject</th><th scope="col">Topic</th><th scope="col">Written</th><th scope="col">State</th></tr></thead>
<tbody>
{{#CAMPAIGN}}<tr><td><a href="/staff/campaigns/{{ID}}">{{SUBJECT}}</a></td><td>{{TOPIC}}</td><td>{{CREATED}}</td><td>{{#DRAFT}}not sent{{/DRAFT}}{{#SENT}}sent {{AT}} to {{RECIPIENTS}}{{/SENT}}</td></tr>
{{/CAMPAIGN}}</tbody>
</table>
<h2>New campaign</h2>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="/staff/campaigns">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="topic">Topic</label>
<select id="topic" name="topic"{{#TOPIC_ERROR}} aria-invalid="true" aria-describedby="error-topic"{{/TOPIC_ERROR}}>
<option value="">Choose a topic</option>
{{#TOPIC}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/TOPIC}}</select>
{{#TOPIC_ERROR}}<p class="field-error" id="error-topic">{{MESSAGE}}</p>{{/TOPIC_ERROR}}
</div>
<div class="field">
<label for="subject">Subject</label>
<input id="subject" name="subject" type="text" maxlength="150" value="{{SUBJECT_VALUE}}"{{#SUBJECT_ERROR}} aria-invalid="true" aria-describedby="error-subject"{{/SUBJECT_ERROR}}>
{{#SUBJECT_ERROR}}<p class="field-error" id="error-subject">{{MESSAGE}}</p>{{/SUBJECT_ERROR}}
</div>
<div class="field">
<label for="body">Text (plain text; the unsubscribe link and the reason the member receives it are added below it)</label>
<textarea id="body" name="body" rows="12" cols="72"{{#BODY_ERROR}} aria-invalid="true" aria-describedby="error-body"{{/BODY_ERROR}}>{{BODY_VALUE}}</textarea>
{{#BODY_ERROR}}<p class="field-error" id="error-body">{{MESSAGE}}</p>{{/BODY_ERROR}}
</div>
<p><button type="submit">Preview</button></p>
</form>
