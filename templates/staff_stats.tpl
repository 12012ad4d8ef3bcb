{{%AUTOESCAPE context="HTML"}}<h1>Site statistics</h1>
<p>Anonymous counts of how the site is used (no person is named or counted individually): page views by section and page, browsers, devices, referring sites and status classes, per day. Visitors are the distinct visitors of each day; over several days they are visitor-days, as one visitor on two days counts twice.</p>
{{#EXPORTS}}<p><a href="/staff/stats/exports">Exports for third parties</a></p>
{{/EXPORTS}}{{#FORM_ERROR}}<p class="form-error" role="alert">Please correct the range below: no statistics are shown.</p>
{{/FORM_ERROR}}<form method="get" action="/staff/stats" class="stats-range">
<div class="field">
<label for="from">First day</label>
<input id="from" name="from" type="text" required autocomplete="off" maxlength="10" value="{{FROM}}"{{#FROM_ERROR}} aria-describedby="error-range" aria-invalid="true"{{/FROM_ERROR}}>
</div>
<div class="field">
<label for="to">Last day</label>
<input id="to" name="to" type="text" required autocomplete="off" maxlength="10" value="{{TO}}"{{#TO_ERROR}} aria-describedby="error-range" aria-invalid="true"{{/TO_ERROR}}>
</div>
{{#FORM_ERROR}}<p class="field-error" id="error-range">{{ERROR}}</p>
{{/FORM_ERROR}}<p class="why">Days are UTC days, YYYY-MM-DD; at most {{MAX_DAYS}} days, ending today at the latest.</p>
<p><button type="submit">Show</button></p>
</form>
{{#RESULT}}<h2>{{FROM_TEXT}} to {{TO_TEXT}}</h2>
{{#EMPTY}}<p class="notice" role="status">No statistics were recorded in this range.</p>
{{/EMPTY}}<dl class="data">
<dt>Visitor-days</dt><dd>{{VISITORS}}</dd>
<dt>Page views</dt><dd>{{VIEWS}}</dd>
<dt>Requests</dt><dd>{{REQUESTS}}</dd>
</dl>
<p><a href="{{CSV_PATH}}" download>Download these days as CSV</a> (one line per day, dimension and value).</p>
{{#DAY_CHART}}<section class="chart-block" aria-labelledby="{{ID}}-heading">
<h3 id="{{ID}}-heading">{{TITLE}}</h3>
<svg class="chart" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" role="img" aria-labelledby="{{ID}}-title {{ID}}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="{{ID}}-title">{{TITLE}}</title>
<desc id="{{ID}}-desc">{{SUMMARY}}</desc>
<line class="axis" x1="0" y1="{{BASE}}" x2="{{WIDTH}}" y2="{{BASE}}"/>
<text class="tick" x="2" y="12">{{MAX}} {{UNIT}} at most</text>
{{#BAR}}<rect class="bar" x="{{X}}" y="{{Y}}" width="{{W}}" height="{{H}}"><title>{{LABEL}}: {{COUNT}}</title></rect>
{{/BAR}}{{#NO_DATA}}<text class="tick" x="360" y="110" text-anchor="middle">No data</text>
{{/NO_DATA}}<text class="tick" x="0" y="{{LABEL_Y}}">{{FIRST}}</text>
<text class="tick" x="{{WIDTH}}" y="{{LABEL_Y}}" text-anchor="end">{{LAST}}</text>
</svg>
<details>
<summary>{{TITLE}} as a table</summary>
<table class="stats">
<caption>{{TITLE}}</caption>
<thead><tr><th scope="col">Day</th><th scope="col">{{UNIT}}</th></tr></thead>
<tbody>
{{#ROW}}<tr><th scope="row">{{LABEL}}</th><td>{{COUNT}}</td></tr>
{{/ROW}}</tbody>
</table>
</details>
</section>
{{/DAY_CHART}}{{#BAR_CHART}}<section class="chart-block" aria-labelledby="{{ID}}-heading">
<h3 id="{{ID}}-heading">{{TITLE}}</h3>
<svg class="chart" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" role="img" aria-labelledby="{{ID}}-title {{ID}}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="{{ID}}-title">{{TITLE}}</title>
<desc id="{{ID}}-desc">{{SUMMARY}}</desc>
{{#BAR}}<text class="tick" x="{{TEXT_X}}" y="{{TEXT_Y}}" text-anchor="end">{{SHORT}}</text>
<rect class="bar" x="{{X}}" y="{{Y}}" width="{{W}}" height="{{H}}"><title>{{LABEL}}: {{COUNT}}</title></rect>
<text class="tick" x="{{COUNT_X}}" y="{{TEXT_Y}}">{{COUNT}}</text>
{{/BAR}}{{#NO_DATA}}<text class="tick" x="8" y="20">No data</text>
{{/NO_DATA}}</svg>
{{#ANY}}<table class="stats">
<caption>{{TITLE}}, by {{UNIT}}</caption>
<thead><tr><th scope="col">Value</th><th scope="col">{{UNIT}}</th></tr></thead>
<tbody>
{{#ROW}}<tr><th scope="row">{{LABEL}}</th><td>{{COUNT}}</td></tr>
{{/ROW}}</tbody>
</table>{{/ANY}}{{#NO_DATA}}<p class="muted">No data in this range.</p>{{/NO_DATA}}
</section>
{{/BAR_CHART}}{{/RESULT}}
