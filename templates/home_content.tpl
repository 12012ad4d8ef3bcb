{{%AUTOESCAPE context="HTML"}}<section class="hero" aria-labelledby="home-title">
<h1 id="home-title">Find suppliers and buyers</h1>
<p class="lead">{{SITE_NAME}} connects companies that trade: search products, companies and buy and sell offers across every industry, and talk to suppliers in private.</p>
{{>SEARCH_FORM}}
{{#SIGNED_OUT}}<p class="calls"><a class="button" href="/register">Register your company</a> <a class="button secondary" href="/signin">Sign in</a></p>
{{/SIGNED_OUT}}</section>
<section aria-labelledby="home-products">
<h2 id="home-products">Recently updated products</h2>
{{#NO_PRODUCT}}<p class="no-results">No products yet.</p>{{/NO_PRODUCT}}
<ul class="cards">
{{#PRODUCT}}<li>{{CARD:none}}</li>
{{/PRODUCT}}</ul>
</section>
<section aria-labelledby="home-industries">
<h2 id="home-industries">Industries</h2>
{{#ARRANGED}}<p class="arranged" id="arranged">Arranged for you: your company's industries ({{ARRANGED_NAMES}}) come first. <a href="/account/personalisation">Switch this off</a></p>
{{/ARRANGED}}<ul class="industry-grid">
{{#INDUSTRY}}<li><a href="{{HREF}}">{{NAME}}</a> <span class="category-counts">{{COMPANIES}} · {{PRODUCTS}}</span></li>
{{/INDUSTRY}}</ul>
<p><a href="/categories">All categories</a></p>
</section>
<section aria-labelledby="home-sell">
<h2 id="home-sell">Newest sell offers</h2>
{{#NO_SELL}}<p class="no-results">No sell offers yet.</p>{{/NO_SELL}}
<ul class="cards">
{{#SELL}}<li>{{CARD:none}}</li>
{{/SELL}}</ul>
</section>
<section aria-labelledby="home-buy">
<h2 id="home-buy">Newest buy offers</h2>
{{#NO_BUY}}<p class="no-results">No buy offers yet.</p>{{/NO_BUY}}
<ul class="cards">
{{#BUY}}<li>{{CARD:none}}</li>
{{/BUY}}</ul>
</section>
<p class="muted">We describe what we collect, why, and your choices in our <a href="/privacy">privacy policy</a>.</p>
