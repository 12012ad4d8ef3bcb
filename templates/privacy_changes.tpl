{{%AUTOESCAPE context="HTML"}}<h1>Changes to the privacy policy</h1>
<form method="get" action="/privacy/changes" class="compare">
<div class="field"><label for="from">Compare version</label>
<select id="from" name="from">
{{#FROM_OPTION}}<option value="{{N}}"{{#SELECTED}} selected{{/SELECTED}}>Version {{N}}</option>
{{/FROM_OPTION}}</select></div>
<div class="field"><label for="to">with version</label>
<select id="to" name="to">
{{#TO_OPTION}}<option value="{{N}}"{{#SELECTED}} selected{{/SELECTED}}>Version {{N}}</option>
{{/TO_OPTION}}</select></div>
<button type="submit">Show the changes</button>
</form>
{{#FIRST_VERSION}}<p>Version {{TO}} is the first version of the policy: there is no earlier version to compare it with. <a href="/privacy/v/{{TO}}">Read version {{TO}}</a>.</p>{{/FIRST_VERSION}}
{{#COMPARED}}<h2>From version {{FROM}} (<a href="/privacy/v/{{FROM}}">in force from {{FROM_EFFECTIVE}}</a>) to version {{TO}} (<a href="/privacy/v/{{TO}}">in force from {{TO_EFFECTIVE}}</a>)</h2>
{{#NO_CHANGES}}<p>The two versions do not differ.</p>{{/NO_CHANGES}}
{{#CHANGE}}<section class="change change-{{KIND}}" aria-labelledby="change-{{ID}}">
<h3 id="change-{{ID}}">{{TITLE}} <span class="muted">({{KIND}})</span></h3>
{{#WHAT_LIST}}<ul class="what-changed">{{#WHAT}}<li>{{TEXT}}</li>{{/WHAT}}</ul>{{/WHAT_LIST}}
{{#BEFORE}}<h4>Version {{FROM}} said</h4>
<blockquote class="before">{{#PARAGRAPH}}<p>{{TEXT}}</p>{{/PARAGRAPH}}</blockquote>{{/BEFORE}}
{{#AFTER}}<h4>Version {{TO}} says</h4>
<blockquote class="after">{{#PARAGRAPH}}<p>{{TEXT}}</p>{{/PARAGRAPH}}</blockquote>{{/AFTER}}
</section>
{{/CHANGE}}{{/COMPARED}}
<p><a href="/privacy/versions">All versions</a> · <a href="/privacy">The version in force</a></p>
