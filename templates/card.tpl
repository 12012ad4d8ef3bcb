{{%AUTOESCAPE context="HTML"}}<article class="card card-{{KIND_CLASS}}">
{{#IMAGE}}<img src="{{SRC}}" srcset="{{SRC}} {{WIDTH}}w, {{SRC_2X}} {{WIDTH_2X}}w" sizes="(max-width: 30rem) 90vw, 16rem" width="{{WIDTH}}" height="{{HEIGHT}}" alt="" loading="lazy">{{/IMAGE}}{{#NO_IMAGE}}<span class="card-placeholder"></span>{{/NO_IMAGE}}
<div>
<p class="card-kind">{{KIND}}</p>
<p class="card-title"><a href="{{HREF}}">{{#TITLE_PART}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/TITLE_PART}}</a></p>
{{#SNIPPET}}<p class="card-snippet">{{#SNIPPET_PART}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/SNIPPET_PART}}</p>
{{/SNIPPET}}{{#FACTS}}<dl>{{#FACT}}<dt>{{NAME}}</dt><dd>{{VALUE}}</dd>{{/FACT}}</dl>
{{/FACTS}}<p class="card-company">{{#COMPANY}}<a href="{{HREF}}">{{NAME}}</a>{{/COMPANY}}{{#COUNTRY}}<span>{{CODE}}</span>{{/COUNTRY}}</p>
</div>
</article>