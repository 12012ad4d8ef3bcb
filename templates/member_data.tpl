{{%AUTOESCAPE context="HTML"}}<h1>Your data</h1>
{{#AS_FILE}}<p>A copy of everything we held about you on {{GENERATED_AT}}, as shown on your data page. The same data, machine-readable, is in data.json beside this file; your uploaded images are in the folder uploads.</p>
{{/AS_FILE}}{{#ON_SITE}}<p>Everything we hold about you, grouped by the kind of data, each with the version of the <a href="/privacy">privacy policy</a> it was collected under, what it is used for and who may see it. Each item links to where you correct it. Only you see this page.</p>
<p><a class="button" href="/bin/user/edit/export.zip" download>Download all your data</a> <span class="muted">(one .zip file: your data as JSON and as a web page, and the images you uploaded; the JSON format is described in the file docs/export-schema.md of the site's source)</span></p>
<p>Which messages we may send you (e-mail about new services, promotions, the newsletter; post and phone): <a href="/account/messages">Messages we may send you</a>.</p>
{{/ON_SITE}}<p>Your account's data is kept under version {{POLICY_VERSION}} of the privacy policy.</p>
<nav aria-label="Kinds of data">
<ul class="data-kinds">
{{#GROUP_LINK}}<li><a href="#{{ID}}">{{NAME}}</a></li>
{{/GROUP_LINK}}{{#LIST}}<li><a href="#{{ID}}">{{TITLE}}</a></li>
{{/LIST}}</ul>
</nav>
{{#GROUP}}<section class="data-kind" aria-labelledby="{{ID}}">
<h2 id="{{ID}}">{{NAME}} <span class="muted">({{KEY}})</span></h2>
{{#USE}}<p class="data-use">Under policy version {{VERSION}}, used for: {{PURPOSES}}. Besides you and those named per item below, it may be seen by: {{RECIPIENTS}}.</p>
{{/USE}}<div class="table-scroll">
<table class="member-data">
<thead><tr><th scope="col">What</th><th scope="col">Value</th><th scope="col">Policy version</th><th scope="col">Who may see it</th><th scope="col">Correct it</th></tr></thead>
<tbody>
{{#ITEM}}<tr>
<th scope="row">{{NOTE}}<br><code>{{FIELD}}</code><br><span class="muted">{{HELD_IN}}</span></th>
<td class="value" id="{{ANCHOR}}">{{#IMAGE}}<a href="{{HREF}}">{{/IMAGE}}{{VALUE}}{{#IMAGE}}</a>{{/IMAGE}}</td>
<td>{{VERSION}}</td>
<td>{{WHO}}</td>
<td>{{#CORRECT}}<a href="{{HREF}}">{{TEXT}}</a>{{/CORRECT}}{{#RECORDED}}<span class="muted">Recorded by the site</span>{{/RECORDED}}</td>
</tr>
{{/ITEM}}</tbody>
</table>
</div>
</section>
{{/GROUP}}{{#LIST}}<section class="records" aria-labelledby="{{ID}}">
<h2 id="{{ID}}">{{TITLE}}</h2>
<p>{{INTRO}}{{#MORE}} <a href="{{HREF}}">{{TEXT}}</a>{{/MORE}}</p>
{{#EMPTY}}<p>{{EMPTY_TEXT}}</p>
{{/EMPTY}}{{#RECORDS}}<ul>
{{#RECORD}}<li>{{TEXT}}{{#LINK}} <a href="{{HREF}}">{{TEXT}}</a>{{/LINK}}</li>
{{/RECORD}}</ul>
{{/RECORDS}}</section>
{{/LIST}}{{#ON_SITE}}<section class="records" aria-labelledby="delete-account">
<h2 id="delete-account">Delete your account</h2>
<p>Deleting your account removes your personal data from every part of the site at once, including search; the section above says what is kept, why and until when. <a href="/bin/user/edit/delete">Delete my account</a></p>
</section>
{{/ON_SITE}}