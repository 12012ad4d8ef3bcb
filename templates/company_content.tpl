{{%AUTOESCAPE context="HTML"}}<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a>{{#FIRST_INDUSTRY}} › <a href="{{PATH}}">{{NAME}}</a>{{/FIRST_INDUSTRY}}</nav>
<article class="company-profile">
<h1>{{TITLE}}</h1>
{{#LOGO}}<p class="company-logo"><img src="/upload/{{UPLOAD_ID}}" alt="{{ALT}}"></p>
{{/LOGO}}<dl class="data">
{{#COUNTRY}}<dt>Country</dt><dd>{{CODE}}</dd>
{{/COUNTRY}}{{#ADDRESS}}<dt>Address</dt><dd class="address">{{TEXT:pre_escape}}</dd>
{{/ADDRESS}}{{#INDUSTRIES}}<dt>Industries</dt><dd><ul class="industries">{{#INDUSTRY}}<li><a href="{{PATH}}">{{NAME}}</a></li>{{/INDUSTRY}}</ul></dd>
{{/INDUSTRIES}}{{#YEAR_FOUNDED}}<dt>Founded</dt><dd>{{YEAR}}</dd>
{{/YEAR_FOUNDED}}{{#WEBSITE}}<dt>Website</dt><dd><a href="{{URL}}" rel="nofollow noopener">{{URL}}</a></dd>
{{/WEBSITE}}</dl>
{{#DESCRIPTION}}<h2>About</h2>
<p class="description address">{{TEXT:pre_escape}}</p>
{{/DESCRIPTION}}{{#PEOPLE}}<h2>People</h2>
<ul class="people">
{{/PEOPLE}}{{#PERSON}}<li><a href="{{PATH}}">{{NAME}}</a>{{#JOB_TITLE}}, {{TEXT}}{{/JOB_TITLE}}</li>
{{/PERSON}}{{#PEOPLE}}</ul>
{{/PEOPLE}}<h2>Products</h2>
{{#NO_PRODUCTS}}<p>No products listed yet.</p>
{{/NO_PRODUCTS}}<ul class="cards">
{{#PRODUCT}}<li>{{CARD:none}}</li>
{{/PRODUCT}}</ul>
<p><a href="{{COMPANY_PATH}}/products">All products</a></p>
<h2>Trade offers</h2>
{{#NO_OFFERS}}<p>No current offers.</p>
{{/NO_OFFERS}}<ul class="cards">
{{#OFFER}}<li>{{CARD:none}}</li>
{{/OFFER}}</ul>
</article>
