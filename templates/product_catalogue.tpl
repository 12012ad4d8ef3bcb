{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="{{COMPANY_PATH}}">{{COMPANY_NAME}}</a> › Products</nav>
<h1>Products of {{COMPANY_NAME}}</h1>
<p><a href="{{COMPANY_PATH}}">About {{COMPANY_NAME}}</a> · {{TOTAL_TEXT}}</p>
{{#EMPTY}}<p class="empty">There are no products on this page. {{#PAGING}}<a href="?page=1">Go to the first page</a>.{{/PAGING}}</p>{{/EMPTY}}
<ul class="cards">
{{#PRODUCT}}<li>{{CARD:none}}</li>
{{/PRODUCT}}</ul>
{{#PAGING}}<nav aria-label="Pages" class="paging">
{{#HAS_PREV}}<a rel="prev" href="{{PREV}}">Previous page</a>{{/HAS_PREV}}
<span>Page {{PAGE}} of {{PAGES}}</span>
{{#HAS_NEXT}}<a rel="next" href="{{NEXT}}">Next page</a>{{/HAS_NEXT}}
</nav>{{/PAGING}}
