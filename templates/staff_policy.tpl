{{%AUTOESCAPE context="HTML"}}<h1>Publish a policy version</h1>
{{#DONE}}<p class="done" role="status">{{DONE_TEXT}}</p>{{/DONE}}
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/FORM_ERROR}}
<p>The next version is number {{NEXT}}. It must take effect at least {{NOTICE_DAYS}} days after today. Members are told by e-mail when you publish, and the site shows a notice until it takes effect.</p>
<form method="post" action="/staff/policy" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="source">Policy (TOML, as in policy/v1.toml)</label>
<textarea id="source" name="source" rows="16">{{SOURCE_VALUE}}</textarea>
</div>
<div class="field">
<label for="file">or a file</label>
<input id="file" name="file" type="file" accept=".toml,text/plain">
</div>
<div class="field">
<label for="effective">Effective date</label>
<input id="effective" name="effective" type="date" required value="{{EFFECTIVE_VALUE}}">
</div>
<p><button type="submit">Publish</button></p>
</form>
<h2>Versions</h2>
<table>
<thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">Effective</th></tr></thead>
<tbody>
{{#VERSION}}<tr><td><a href="/privacy/v/{{NUMBER}}">{{NUMBER}}</a></td><td>{{PUBLISHED}}</td><td>{{EFFECTIVE}}</td></tr>
{{/VERSION}}</tbody>
</table>
