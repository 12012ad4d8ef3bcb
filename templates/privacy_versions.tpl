{{%AUTOESCAPE context="HTML"}}<h1>Privacy policy versions</h1>
<p>Every version of our privacy policy stays readable here, with the date it was published and the date it took, or takes, effect. We publish a new version at least {{NOTICE_DAYS}} days before it takes effect. Data collected under a version keeps that version's terms unless you accept a later one.</p>
<table class="versions">
<caption>All versions, newest first</caption>
<thead>
<tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">In force from</th><th scope="col">Status</th><th scope="col">Changes</th></tr>
</thead>
<tbody>
{{#VERSION}}<tr>
<th scope="row"><a href="/privacy/v/{{N}}">Version {{N}}</a></th>
<td><time datetime="{{PUBLISHED_ISO}}">{{PUBLISHED}}</time></td>
<td><time datetime="{{EFFECTIVE_ISO}}">{{EFFECTIVE}}</time></td>
<td>{{STATUS}}</td>
<td>{{#HAS_PREVIOUS}}<a href="/privacy/changes?from={{PREVIOUS}}&amp;to={{N}}">Changes from version {{PREVIOUS}}</a>{{/HAS_PREVIOUS}}{{#FIRST}}First version{{/FIRST}}</td>
</tr>
{{/VERSION}}
</tbody>
</table>
<p><a href="/privacy">The version in force</a> · <a href="/privacy/policy.json" type="application/json">The version in force as data (JSON)</a></p>
