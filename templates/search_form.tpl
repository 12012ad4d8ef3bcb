{{%AUTOESCAPE context="HTML"}}<form method="get" action="/search" class="search-form" role="search" aria-label="Search with filters">
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
<div class="field search-submit"><button type="submit">Search</button></div>
</form>
