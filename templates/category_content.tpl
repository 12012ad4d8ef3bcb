{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/categories">Categories</a>{{#PARENT}} › <a href="{{PARENT_HREF}}">{{PARENT_NAME}}</a>{{/PARENT}}</nav>
<h1>{{NAME}}</h1>
<p class="category-counts">{{COMPANIES}} · {{PRODUCTS}} · {{OFFERS}}</p>
<ul class="subcategories">
{{#SUB}}<li><a href="{{SUB_HREF}}">{{SUB_NAME}}</a> <span class="category-counts">{{COMPANIES}} · {{PRODUCTS}}</span></li>
{{/SUB}}</ul>
<nav class="tabs" aria-label="Listings">{{#TAB}}{{#CURRENT}}<strong aria-current="page">{{LABEL}}</strong> {{/CURRENT}}{{#OTHER}}<a href="{{HREF}}">{{LABEL}}</a> {{/OTHER}}{{/TAB}}</nav>
{{#FEATURED}}<section class="featured" aria-labelledby="featured-heading">
<h2 id="featured-heading">Featured</h2>
<p class="featured-note">Listings of members who reached the goal of one of our promotions.</p>
<ul class="cards">
{{#FEATURED_ITEM}}<li class="featured-card"><p class="featured-mark">Featured</p>{{CARD:none}}</li>
{{/FEATURED_ITEM}}</ul>
</section>
{{/FEATURED}}<h2>{{SHOWING}}</h2>
{{#EMPTY}}<p class="no-results">Nothing listed here yet.</p>{{/EMPTY}}
<ul class="cards">
{{#ITEM}}<li>{{CARD:none}}</li>
{{/ITEM}}</ul>
{{#PAGER}}<nav class="pager" aria-label="Listing pages">{{#PREVIOUS}}<a href="{{HREF}}" rel="prev">Previous page</a> {{/PREVIOUS}}<span>Page {{PAGE}}</span>{{#NEXT}} <a href="{{HREF}}" rel="next">Next page</a>{{/NEXT}}</nav>{{/PAGER}}
