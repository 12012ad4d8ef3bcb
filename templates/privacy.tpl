{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
{{#ARCHIVED}}<p class="notice">You are reading version {{VERSION}} of the policy ({{STATUS}}). <a href="/privacy">Read the version in force</a>.</p>{{/ARCHIVED}}
{{#UPCOMING}}<p class="notice">A new version, version {{NEXT}}, takes effect on <time datetime="{{NEXT_EFFECTIVE_ISO}}">{{NEXT_EFFECTIVE}}</time>. <a href="/privacy/changes?from={{FROM}}&amp;to={{NEXT}}">See what changes</a> or <a href="/privacy/v/{{NEXT}}">read version {{NEXT}}</a>.</p>{{/UPCOMING}}
{{#SUMMARY}}<p class="lead">{{TEXT}}</p>
{{/SUMMARY}}
<dl class="data policy-dates">
<dt>Version</dt><dd>{{VERSION}} ({{STATUS}})</dd>
<dt>Last amended</dt><dd><time datetime="{{PUBLISHED_ISO}}">{{PUBLISHED}}</time></dd>
<dt>In force from</dt><dd><time datetime="{{EFFECTIVE_ISO}}">{{EFFECTIVE}}</time></dd>
</dl>
<p><a href="/privacy/versions">All versions</a>{{#HAS_PREVIOUS}} · <a href="/privacy/changes?from={{PREVIOUS}}&amp;to={{VERSION}}">What changed in version {{VERSION}}</a>{{/HAS_PREVIOUS}} · <a href="/privacy/policy.json?version={{VERSION}}" type="application/json">This policy as data (JSON)</a></p>
<p>Forms: <a href="/children">a parent's or guardian's request about a child's data</a> · <a href="/feedback">your comments on this policy or our services</a></p>
<nav class="toc" aria-labelledby="contents">
<h2 id="contents">Contents</h2>
<ol>
{{#TOC}}<li><a href="#{{ID}}">{{TITLE}}</a></li>
{{/TOC}}
</ol>
</nav>
<div id="clauses">
{{#CLAUSE}}<section class="clause" id="{{ID}}" aria-labelledby="{{ID}}-title">
<h2 id="{{ID}}-title">{{TITLE}}</h2>
<p class="muted opp115">Kind of practice: {{OPP115}}</p>
{{#PARAGRAPH}}<p>{{TEXT}}</p>
{{/PARAGRAPH}}
<dl class="data terms">
{{#HAS_DATA}}<dt>What data</dt>
<dd><ul>{{#CATEGORY}}<li>{{NAME}} <code>{{KEY}}</code></li>{{/CATEGORY}}</ul></dd>
<dt>For what</dt>
<dd><ul>{{#PURPOSE}}<li>{{NAME}} <code>{{KEY}}</code></li>{{/PURPOSE}}</ul></dd>
<dt>Who receives it</dt>
<dd><ul>{{#RECIPIENT}}<li>{{TEXT}}</li>{{/RECIPIENT}}</ul></dd>
<dt>Your choice</dt>
<dd class="choice-{{CHOICE_KEY}}">{{CHOICE}}</dd>
{{/HAS_DATA}}{{#NO_DATA}}<dt>What data</dt>
<dd>This part allows no use of personal data by itself.</dd>
{{/NO_DATA}}<dt>How long it is kept</dt>
<dd>{{RETENTION}}</dd>
</dl>
<p class="muted"><a href="#contents">Back to contents</a></p>
</section>
{{/CLAUSE}}
</div>
