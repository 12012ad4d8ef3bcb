{{%AUTOESCAPE context="HTML"}}<h1>Record a disclosure</h1>
<p>Record every disclosure of a member's data before handing it over. The package is read through the privacy guard for a legal obligation, and it lists what it contains; you can download it from the list of disclosures. The member sees the disclosure on their data page unless notice is withheld. Do not enter the member's personal data in the text fields below.</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">Please correct the fields marked below. Nothing was recorded.</p>{{/FORM_ERROR}}
<form method="post" action="/staff/disclosures/new">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="member">Member number</label>
<input id="member" name="member" type="text" inputmode="numeric" required maxlength="{{MAX_MEMBER}}" value="{{MEMBER_VALUE}}"{{#MEMBER_ERROR}} aria-describedby="error-member" aria-invalid="true"{{/MEMBER_ERROR}}>
{{#MEMBER_ERROR}}<p class="field-error" id="error-member">{{MESSAGE}}</p>{{/MEMBER_ERROR}}
</div>
<fieldset class="field"{{#CATEGORIES_ERROR}} aria-describedby="error-categories"{{/CATEGORIES_ERROR}}>
<legend>Data disclosed</legend>
{{#CATEGORY}}<div class="checkbox"><input id="category-{{INDEX}}" name="categories" type="checkbox" value="{{KEY}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="category-{{INDEX}}">{{NAME}} ({{KEY}})</label></div>
{{/CATEGORY}}{{#CATEGORIES_ERROR}}<p class="field-error" id="error-categories">{{MESSAGE}}</p>{{/CATEGORIES_ERROR}}
</fieldset>
<div class="field">
<label for="recipient">Recipient</label>
<input id="recipient" name="recipient" type="text" required maxlength="{{MAX_RECIPIENT}}" value="{{RECIPIENT_VALUE}}"{{#RECIPIENT_ERROR}} aria-describedby="error-recipient" aria-invalid="true"{{/RECIPIENT_ERROR}}>
{{#RECIPIENT_ERROR}}<p class="field-error" id="error-recipient">{{MESSAGE}}</p>{{/RECIPIENT_ERROR}}
</div>
<div class="field">
<label for="basis">Basis</label>
<select id="basis" name="basis" required{{#BASIS_ERROR}} aria-describedby="error-basis" aria-invalid="true"{{/BASIS_ERROR}}>
<option value="">Choose…</option>
{{#BASIS_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/BASIS_OPTION}}</select>
{{#BASIS_ERROR}}<p class="field-error" id="error-basis">{{MESSAGE}}</p>{{/BASIS_ERROR}}
</div>
<div class="field">
<label for="reference">Reference of the request or demand</label>
<input id="reference" name="reference" type="text" required maxlength="{{MAX_REFERENCE}}" value="{{REFERENCE_VALUE}}"{{#REFERENCE_ERROR}} aria-describedby="error-reference" aria-invalid="true"{{/REFERENCE_ERROR}}>
{{#REFERENCE_ERROR}}<p class="field-error" id="error-reference">{{MESSAGE}}</p>{{/REFERENCE_ERROR}}
</div>
<div class="field checkbox">
<input id="notice_withheld" name="notice_withheld" type="checkbox" value="1"{{#WITHHELD}} checked{{/WITHHELD}}>
<label for="notice_withheld">Notice to the member is withheld</label>
</div>
<div class="field">
<label for="withheld_reason">Why notice is withheld</label>
<textarea id="withheld_reason" name="withheld_reason" rows="3" maxlength="{{MAX_REASON}}"{{#WITHHELD_REASON_ERROR}} aria-describedby="error-withheld_reason" aria-invalid="true"{{/WITHHELD_REASON_ERROR}}>{{WITHHELD_REASON_VALUE}}</textarea>
{{#WITHHELD_REASON_ERROR}}<p class="field-error" id="error-withheld_reason">{{MESSAGE}}</p>{{/WITHHELD_REASON_ERROR}}
</div>
<p><button type="submit">Record the disclosure</button> <a href="/staff/disclosures">Cancel</a></p>
</form>
