{{%AUTOESCAPE context="HTML"}}<h1>Search</h1>
<form method="get" action="/search" class="search-form" role="search">
<div class="field">
<label for="q">Search for companies, products and offers</label>
<input id="q" name="q" type="search" maxlength="1000" value="{{Q}}">
</div>
<div class="field">
<label for="category">Category</label>
<select id="category" name="category">
<option value="">All categories</option>
{{#INDUSTRY}}<optgroup label="{{NAME}}">
<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>All of {{NAME}}</option>
{{#SUB}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/SUB}}</optgroup>
{{/INDUSTRY}}</select>
</div>
<div class="field">
<label for="country">Country (two-letter code, for example DE)</label>
<input id="country" name="country" type="text" maxlength="2" size="3" autocomplete="off" value="{{COUNTRY}}">
</div>
<div class="field">
<label for="kind">Kind</label>
<select id="kind" name="kind">
<option value="">Everything</option>
<option value="company"{{#KIND_company}} selected{{/KIND_company}}>Companies</option>
<option value="product"{{#KIND_product}} selected{{/KIND_product}}>Products</option>
<option value="offer"{{#KIND_offer}} selected{{/KIND_offer}}>All offers</option>
<option value="buy"{{#KIND_buy}} selected{{/KIND_buy}}>Buy offers</option>
<option value="sell"{{#KIND_sell}} selected{{/KIND_sell}}>Sell offers</option>
</select>
</div>
<button type="submit">Search</button>
</form>
{{#NO_WORDS}}<p class="no-results">Type a word or two to search for, for example a product name.</p>{{/NO_WORDS}}
{{#NO_RESULTS}}<p class="no-results">No results for “{{QUERY}}”. Try fewer or other words, or remove a filter.</p>{{/NO_RESULTS}}
{{#PAST_END}}<p class="no-results">No more results for “{{QUERY}}”.</p>{{/PAST_END}}
{{#RESULTS}}<p class="result-count">{{TOTAL}} {{NOUN}}</p>
<ol class="results">
{{#HIT}}<li class="result">
<span class="result-kind">{{KIND}}</span>
<a class="result-title" href="{{HREF}}">{{#TITLE_PART}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/TITLE_PART}}</a>
{{#SNIPPET}}<p class="result-snippet">{{#SNIPPET_PART}}{{#MARK}}<mark>{{TEXT}}</mark>{{/MARK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}{{/SNIPPET_PART}}</p>{{/SNIPPET}}
<p class="result-meta">{{#COMPANY}}<a href="{{COMPANY_HREF}}">{{COMPANY_NAME}}</a>{{/COMPANY}}{{#COUNTRY_OF}} · {{CODE}}{{/COUNTRY_OF}}</p>
</li>
{{/HIT}}</ol>
{{#PAGER}}<nav class="pager" aria-label="Result pages">{{#PREVIOUS}}<a href="{{HREF}}" rel="prev">Previous page</a> {{/PREVIOUS}}<span>Page {{PAGE}}</span>{{#NEXT}} <a href="{{HREF}}" rel="next">Next page</a>{{/NEXT}}</nav>{{/PAGER}}
{{/RESULTS}}
