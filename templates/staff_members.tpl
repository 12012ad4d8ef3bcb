{{%AUTOESCAPE context="HTML"}}<h1>Find a member</h1>
<p>A member's personal data is shown only for a purpose that our privacy policy allows for it. Every view is recorded, and so is every refused one: the member can read who looked, when, why and at which fields.</p>
{{#NOT_FOUND}}<p class="form-error" role="alert">No member has this e-mail address or number.</p>{{/NOT_FOUND}}
{{#REFUSED}}<p class="form-error" role="alert">Refused: {{REFUSAL}}. The refused view is recorded for the member.</p>{{/REFUSED}}
<form method="post" action="/staff/members">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="query">E-mail address or member number</label>
<input id="query" name="query" type="text" required maxlength="{{MAX_QUERY}}" value="{{QUERY_VALUE}}"{{#QUERY_ERROR}} aria-describedby="error-query" aria-invalid="true"{{/QUERY_ERROR}}>
{{#QUERY_ERROR}}<p class="field-error" id="error-query">{{MESSAGE}}</p>{{/QUERY_ERROR}}
</div>
<div class="field">
<label for="purpose">Purpose</label>
<select id="purpose" name="purpose" aria-describedby="purpose-why{{#PURPOSE_ERROR}} error-purpose{{/PURPOSE_ERROR}}"{{#PURPOSE_ERROR}} aria-invalid="true"{{/PURPOSE_ERROR}}>
<option value="">Choose…</option>
{{#PURPOSE_OPTION}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}} ({{KEY}})</option>
{{/PURPOSE_OPTION}}</select>
<p class="why" id="purpose-why">The purposes of the privacy policy in force. The data is shown only if the policy the member's data was collected under allows this purpose for it.</p>
{{#PURPOSE_ERROR}}<p class="field-error" id="error-purpose">{{MESSAGE}}</p>{{/PURPOSE_ERROR}}
</div>
<div class="field">
<label for="reason">Reason (the member reads it)</label>
<textarea id="reason" name="reason" rows="3" maxlength="{{MAX_REASON}}"{{#REASON_ERROR}} aria-describedby="error-reason" aria-invalid="true"{{/REASON_ERROR}}>{{REASON_VALUE}}</textarea>
{{#REASON_ERROR}}<p class="field-error" id="error-reason">{{MESSAGE}}</p>{{/REASON_ERROR}}
</div>
<p><button type="submit">Show the member's data</button></p>
</form>
{{#SHOWN}}<h2>Member {{MEMBER_ID}}</h2>
<p>Shown for the purpose {{PURPOSE}}. This view is recorded for the member.</p>
<dl class="member-data">
{{#FIELD}}<dt>{{NAME}}</dt><dd data-field="{{NAME}}">{{VALUE}}</dd>
{{/FIELD}}</dl>{{/SHOWN}}
