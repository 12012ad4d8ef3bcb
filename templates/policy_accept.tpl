{{%AUTOESCAPE context="HTML"}}<h1>Privacy policy versions</h1>
<p>The data you gave us is kept under version {{PINNED}} of the privacy policy, the version you agreed to. The version in force for new data is {{CURRENT}}.</p>
{{#UP_TO_DATE}}<p>There is nothing to accept: your data is kept under the version in force.</p>{{/UP_TO_DATE}}
{{#OFFER}}<h2>What version {{CURRENT}} changes</h2>
<ul class="changes">
{{#CHANGE}}<li><strong>{{ID}}</strong>: {{KIND}} <span class="muted">{{WHAT}}</span></li>
{{/CHANGE}}</ul>
<p><a href="/privacy/changes?from={{PINNED}}&amp;to={{CURRENT}}">Read the changes in full</a>.</p>
<p>If you accept, the data you gave us before is kept under version {{CURRENT}} from now on, including the uses it adds. If you do not, we keep applying version {{PINNED}} to it.</p>
<form method="post" action="/account/policy">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<input type="hidden" name="version" value="{{CURRENT}}">
<button type="submit">Accept version {{CURRENT}}</button>
</form>{{/OFFER}}
