{{%AUTOESCAPE context="HTML"}}<h1>Categories</h1>
<p>Every industry and its sub-categories, with the number of companies and products listed in each.</p>
{{#ARRANGED}}<p class="arranged" id="arranged">Arranged for you: your company's industries ({{ARRANGED_NAMES}}) come first. <a href="/account/personalisation">Switch this off</a></p>
{{/ARRANGED}}<ul class="category-directory">
{{#INDUSTRY}}<li class="industry">
<h2><a href="{{HREF}}">{{NAME}}</a></h2>
<p class="category-counts">{{COMPANIES}} · {{PRODUCTS}}</p>
<ul class="subcategories">
{{#SUB}}<li><a href="{{SUB_HREF}}">{{SUB_NAME}}</a> <span class="category-counts">{{COMPANIES}} · {{PRODUCTS}}</span></li>
{{/SUB}}</ul>
</li>
{{/INDUSTRY}}</ul>
