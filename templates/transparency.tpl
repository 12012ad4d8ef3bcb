{{%AUTOESCAPE context="HTML"}}<h1>Transparency: disclosures of members' data</h1>
<p>{{OPERATOR}} records every disclosure of a member's data: what was disclosed, to whom, on what basis, by whom and when. This page counts those records per basis and quarter (UTC), including disclosures whose notice to the member is withheld because the demand forbids telling them. It names no one. See the <a href="/privacy#disclosure-disputes">privacy policy</a> for when we disclose.</p>
{{#NONE}}<p>No disclosure has been recorded.</p>{{/NONE}}
{{#ANY}}<table class="transparency">
<caption>Disclosures per basis and quarter</caption>
<thead><tr><th scope="col">Quarter</th>{{#BASIS_HEAD}}<th scope="col">{{LABEL}}</th>{{/BASIS_HEAD}}<th scope="col">Total</th></tr></thead>
<tbody>
{{#QUARTER}}<tr data-quarter="{{QUARTER}}"><th scope="row">{{QUARTER}}</th>{{#COUNT}}<td data-basis="{{CODE}}">{{N}}</td>{{/COUNT}}<td data-basis="total">{{TOTAL}}</td></tr>
{{/QUARTER}}</tbody>
</table>{{/ANY}}
