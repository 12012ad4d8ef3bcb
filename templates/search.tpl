{{%AUTOESCAPE context="HTML"}}<h1>Search</h1>
{{>SEARCH_FORM}}
{{#NO_WORDS}}<p class="no-results">Type a word or two to search for, for example a product name.</p>{{/NO_WORDS}}
{{#NO_RESULTS}}<p class="no-results">No results for “{{QUERY}}”. Try fewer or other words, or remove a filter.</p>{{/NO_RESULTS}}
{{#PAST_END}}<p class="no-results">No more results for “{{QUERY}}”.</p>{{/PAST_END}}
{{#RESULTS}}<p class="result-count">{{TOTAL}} {{NOUN}}</p>
<ol class="cards">
{{#HIT}}<li>{{CARD:none}}</li>
{{/HIT}}</ol>
{{#PAGER}}<nav class="pager" aria-label="Result pages">{{#PREVIOUS}}<a href="{{HREF}}" rel="prev">Previous page</a> {{/PREVIOUS}}<span>Page {{PAGE}}</span>{{#NEXT}} <a href="{{HREF}}" rel="next">Next page</a>{{/NEXT}}</nav>{{/PAGER}}
{{/RESULTS}}
{{BANNER_SLOT:x-banner-slot}}
