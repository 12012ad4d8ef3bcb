{{%AUTOESCAPE context="HTML"}}<h1>Who looked at your data</h1>
<p>Every time a member of our staff opens your personal data, we record who, when, for which purpose and which fields; views our privacy policy does not allow are refused and recorded too. Every disclosure of your data to someone outside {{OPERATOR}} is listed here as well, unless the law or the demand forbids telling you; such a disclosure appears here once that no longer applies.</p>
<h2>Staff views of your data</h2>
{{#NO_VIEWS}}<p>No staff member has looked at your data.</p>{{/NO_VIEWS}}
{{#ANY_VIEWS}}<table class="staff-views">
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Purpose</th><th scope="col">Fields</th><th scope="col">Reason</th><th scope="col">Outcome</th></tr></thead>
<tbody>
{{#VIEW}}<tr class="staff-view"><td>{{AT}}</td><td>{{WHO}}</td><td>{{PURPOSE}}</td><td>{{FIELDS}}</td><td>{{REASON}}</td><td>{{#REFUSED}}<span class="refused">Refused: {{REFUSAL}}</span>{{/REFUSED}}{{#ALLOWED}}Shown{{/ALLOWED}}</td></tr>
{{/VIEW}}</tbody>
</table>{{/ANY_VIEWS}}
<h2>Disclosures of your data</h2>
{{#NO_DISCLOSURES}}<p>None of your data has been disclosed.</p>{{/NO_DISCLOSURES}}
{{#ANY_DISCLOSURES}}<table class="disclosures">
<thead><tr><th scope="col">When</th><th scope="col">Basis</th><th scope="col">Data</th><th scope="col">Recipient</th><th scope="col">Reference</th></tr></thead>
<tbody>
{{#DISCLOSURE}}<tr class="disclosure" data-disclosure="{{ID}}"><td>{{AT}}</td><td>{{BASIS}}</td><td>{{CATEGORIES}}</td><td>{{RECIPIENT}}</td><td>{{REFERENCE}}</td></tr>
{{/DISCLOSURE}}</tbody>
</table>{{/ANY_DISCLOSURES}}
