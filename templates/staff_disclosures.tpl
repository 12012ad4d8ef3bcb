{{%AUTOESCAPE context="HTML"}}<h1>Disclosures</h1>
{{#RECORDED}}<p class="done" role="status">Disclosure {{ID}} is recorded. Download its package below before handing it over.</p>{{/RECORDED}}
{{#LIFTED}}<p class="done" role="status">Notice of disclosure {{ID}} is no longer withheld: the member sees it now.</p>{{/LIFTED}}
<p><a href="/staff/disclosures/new">Record a disclosure</a> · <a href="/transparency">Public transparency page</a></p>
{{#NONE}}<p>No disclosure has been recorded.</p>{{/NONE}}
{{#ANY}}<table class="disclosures">
<thead><tr><th scope="col">No.</th><th scope="col">When</th><th scope="col">Member</th><th scope="col">Basis</th><th scope="col">Data</th><th scope="col">Recipient</th><th scope="col">Reference</th><th scope="col">Notice</th><th scope="col">Package</th></tr></thead>
<tbody>
{{#DISCLOSURE}}<tr id="disclosure-{{ID}}"><td>{{ID}}</td><td>{{AT}}</td><td><a href="{{MEMBER_PATH}}">{{MEMBER_ID}}</a></td><td>{{BASIS}}</td><td>{{CATEGORIES}}</td><td>{{RECIPIENT}}</td><td>{{REFERENCE}}</td>
<td>{{#WITHHELD}}<span class="withheld">Withheld: {{REASON}}</span>
<form method="post" action="{{PATH}}/lift" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Lift the withholding</button></form>{{/WITHHELD}}{{#SHOWN}}Shown to the member{{#LIFTED_AT}} (withheld until {{AT}}){{/LIFTED_AT}}{{/SHOWN}}</td>
<td><a href="{{PATH}}/package.json" download>JSON</a></td></tr>
{{/DISCLOSURE}}</tbody>
</table>{{/ANY}}
