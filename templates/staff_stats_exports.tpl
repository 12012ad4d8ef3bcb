{{%AUTOESCAPE context="HTML"}}<h1>Statistics exports</h1>
<p>Aggregate statistics for a named third party: counts only, never personal data. An export covers whole days, weeks (Monday to Sunday) or calendar months that have ended, never an arbitrary range, so that two exports cannot be subtracted to reveal a small count. Every count from 1 to {{THRESHOLD}}, totals included, is left out, and further counts are left out where a row or column total would give one away. Each export is recorded with the checksum of its file and written to the audit log.</p>
<p><a href="/staff/stats">Site statistics</a></p>
{{#FORM_ERROR}}<p class="form-error" role="alert">Please correct the fields marked below. Nothing was exported.</p>{{/FORM_ERROR}}
<form method="post" action="/staff/stats/exports">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="recipient">Recipient (the organisation)</label>
<input id="recipient" name="recipient" type="text" required minlength="{{MIN_RECIPIENT}}" maxlength="{{MAX_RECIPIENT}}" value="{{RECIPIENT_VALUE}}"{{#RECIPIENT_ERROR}} aria-describedby="error-recipient" aria-invalid="true"{{/RECIPIENT_ERROR}}>
{{#RECIPIENT_ERROR}}<p class="field-error" id="error-recipient">{{MESSAGE}}</p>{{/RECIPIENT_ERROR}}
</div>
<div class="field">
<label for="period">Periods</label>
<select id="period" name="period"{{#PERIOD_ERROR}} aria-describedby="error-period" aria-invalid="true"{{/PERIOD_ERROR}}>
<option value="day"{{#PERIOD_Day}} selected{{/PERIOD_Day}}>Days (up to {{MAX_DAYS}})</option>
<option value="week"{{#PERIOD_Week}} selected{{/PERIOD_Week}}>Weeks, Monday to Sunday (up to {{MAX_WEEKS}})</option>
<option value="month"{{#PERIOD_Month}} selected{{/PERIOD_Month}}>Calendar months (up to {{MAX_MONTHS}})</option>
</select>
{{#PERIOD_ERROR}}<p class="field-error" id="error-period">{{MESSAGE}}</p>{{/PERIOD_ERROR}}
</div>
<div class="field">
<label for="start">A day of the first period (YYYY-MM-DD)</label>
<input id="start" name="start" type="text" required autocomplete="off" maxlength="10" value="{{START_VALUE}}" aria-describedby="why-start{{#START_ERROR}} error-start{{/START_ERROR}}"{{#START_ERROR}} aria-invalid="true"{{/START_ERROR}}>
<p class="why" id="why-start">The export starts at the beginning of the day, week or month that holds this day.</p>
{{#START_ERROR}}<p class="field-error" id="error-start">{{MESSAGE}}</p>{{/START_ERROR}}
</div>
<div class="field">
<label for="count">Number of periods</label>
<input id="count" name="count" type="text" inputmode="numeric" required maxlength="2" value="{{COUNT_VALUE}}"{{#COUNT_ERROR}} aria-describedby="error-count" aria-invalid="true"{{/COUNT_ERROR}}>
{{#COUNT_ERROR}}<p class="field-error" id="error-count">{{MESSAGE}}</p>{{/COUNT_ERROR}}
</div>
<fieldset class="field"{{#FORMAT_ERROR}} aria-describedby="error-format"{{/FORMAT_ERROR}}>
<legend>Format</legend>
<div class="field checkbox"><input id="format-csv" name="format" type="radio" value="csv"{{#FORMAT_CSV}} checked{{/FORMAT_CSV}}> <label for="format-csv">CSV</label></div>
<div class="field checkbox"><input id="format-json" name="format" type="radio" value="json"{{#FORMAT_JSON}} checked{{/FORMAT_JSON}}> <label for="format-json">JSON</label></div>
{{#FORMAT_ERROR}}<p class="field-error" id="error-format">{{MESSAGE}}</p>{{/FORMAT_ERROR}}
</fieldset>
<p><button type="submit">Export and download</button></p>
</form>
<h2>Exports made</h2>
{{#NONE}}<p>No statistics have been exported.</p>{{/NONE}}
{{#ANY}}<table class="stats exports">
<caption>Every export of statistics, newest first</caption>
<thead><tr><th scope="col">No.</th><th scope="col">When</th><th scope="col">Staff member</th><th scope="col">Recipient</th><th scope="col">Periods</th><th scope="col">Days</th><th scope="col">Format</th><th scope="col">SHA-256 of the file</th></tr></thead>
<tbody>
{{#EXPORT}}<tr id="export-{{ID}}"><td>{{ID}}</td><td>{{AT}}</td><td>No. {{STAFF}}{{#YOU}} (you){{/YOU}}</td><td>{{RECIPIENT}}</td><td>{{PERIOD}}</td><td>{{FIRST}} to {{LAST}}</td><td>{{FORMAT}}</td><td><code class="checksum">{{SHA256}}</code></td></tr>
{{/EXPORT}}</tbody>
</table>{{/ANY}}
