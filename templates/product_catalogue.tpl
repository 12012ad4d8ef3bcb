{{%AUTOESCAPE context="HTML"}}<h1>Products of {{COMPANY_NAME}}</h1>
<p><a href="{{COMPANY_PATH}}">About {{COMPANY_NAME}}</a> · {{TOTAL}} products</p>
{{#EMPTY}}<p class="empty">There are no products on this page. {{#PAGING}}<a href="?page=1">Go to the first page</a>.{{/PAGING}}</p>{{/EMPTY}}
<ul class="listing-list">
{{#PRODUCT}}<li>{{#HAS_PHOTO}}<img src="/upload/{{PHOTO_ID}}" alt="" width="80"> {{/HAS_PHOTO}}<a href="{{PATH}}">{{TITLE}}</a> <span class="muted">{{CATEGORY}}</span>{{#HAS_PRICE}} · {{PRICE}}{{/HAS_PRICE}}</li>
{{/PRODUCT}}</ul>
{{#PAGING}}<nav aria-label="Pages" class="paging">
{{#HAS_PREV}}<a rel="prev" href="{{PREV}}">Previous page</a>{{/HAS_PREV}}
<span>Page {{PAGE}} of {{PAGES}}</span>
{{#HAS_NEXT}}<a rel="next" href="{{NEXT}}">Next page</a>{{/HAS_NEXT}}
</nav>{{/PAGING}}
