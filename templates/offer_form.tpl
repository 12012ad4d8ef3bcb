{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>Fields marked <span class="public-mark">Public</span> are shown to everyone on the offer page and in search while the offer is active.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<fieldset id="kind">
<legend>You want to{{#KIND_PUBLIC}} <span class="public-mark">Public</span>{{/KIND_PUBLIC}}</legend>
<input id="kind_sell" name="kind" type="radio" value="sell"{{#KIND_SELL}} checked{{/KIND_SELL}}> <label for="kind_sell">Sell</label>
<input id="kind_buy" name="kind" type="radio" value="buy"{{#KIND_BUY}} checked{{/KIND_BUY}}> <label for="kind_buy">Buy</label>
{{#KIND_ERROR}}<p class="field-error" id="error-kind">{{MESSAGE}}</p>{{/KIND_ERROR}}
</fieldset>
<div class="field">
<label for="title">What{{#TITLE_PUBLIC}} <span class="public-mark">Public</span>{{/TITLE_PUBLIC}}</label>
<input id="title" name="title" type="text" required maxlength="200" value="{{TITLE_VALUE}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="error-title"{{/TITLE_ERROR}}>
{{#TITLE_ERROR}}<p class="field-error" id="error-title">{{MESSAGE}}</p>{{/TITLE_ERROR}}
</div>
<div class="field">
<label for="category">Category <span class="public-mark">Public</span></label>
<select id="category" name="category" required{{#CATEGORY_ERROR}} aria-invalid="true" aria-describedby="error-category"{{/CATEGORY_ERROR}}>
<option value="">Choose…</option>
{{#INDUSTRY}}<optgroup label="{{NAME}}">
{{#CATEGORY}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CATEGORY}}</optgroup>
{{/INDUSTRY}}</select>
{{#CATEGORY_ERROR}}<p class="field-error" id="error-category">{{MESSAGE}}</p>{{/CATEGORY_ERROR}}
</div>
<div class="field">
<label for="description">Description{{#DESCRIPTION_PUBLIC}} <span class="public-mark">Public</span>{{/DESCRIPTION_PUBLIC}}</label>
<textarea id="description" name="description" rows="6"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="error-description"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION_VALUE:pre_escape}}</textarea>
{{#DESCRIPTION_ERROR}}<p class="field-error" id="error-description">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
</div>
<div class="field">
<label for="quantity">Quantity{{#QUANTITY_PUBLIC}} <span class="public-mark">Public</span>{{/QUANTITY_PUBLIC}}</label>
<input id="quantity" name="quantity" type="text" inputmode="numeric" value="{{QUANTITY_VALUE}}"{{#QUANTITY_ERROR}} aria-invalid="true" aria-describedby="error-quantity"{{/QUANTITY_ERROR}}>
{{#QUANTITY_ERROR}}<p class="field-error" id="error-quantity">{{MESSAGE}}</p>{{/QUANTITY_ERROR}}
</div>
<div class="field">
<label for="unit">Unit{{#UNIT_PUBLIC}} <span class="public-mark">Public</span>{{/UNIT_PUBLIC}}</label>
<input id="unit" name="unit" type="text" maxlength="40" value="{{UNIT_VALUE}}"{{#UNIT_ERROR}} aria-invalid="true" aria-describedby="error-unit"{{/UNIT_ERROR}}>
{{#UNIT_ERROR}}<p class="field-error" id="error-unit">{{MESSAGE}}</p>{{/UNIT_ERROR}}
</div>
<div class="field">
<label for="target_price">Target price per unit{{#TARGET_PRICE_PUBLIC}} <span class="public-mark">Public</span>{{/TARGET_PRICE_PUBLIC}}</label>
<input id="target_price" name="target_price" type="text" inputmode="decimal" value="{{TARGET_PRICE_VALUE}}"{{#TARGET_PRICE_ERROR}} aria-invalid="true" aria-describedby="error-target_price"{{/TARGET_PRICE_ERROR}}>
{{#TARGET_PRICE_ERROR}}<p class="field-error" id="error-target_price">{{MESSAGE}}</p>{{/TARGET_PRICE_ERROR}}
</div>
<div class="field">
<label for="currency">Currency{{#CURRENCY_PUBLIC}} <span class="public-mark">Public</span>{{/CURRENCY_PUBLIC}}</label>
<select id="currency" name="currency"{{#CURRENCY_ERROR}} aria-invalid="true" aria-describedby="error-currency"{{/CURRENCY_ERROR}}>
{{#CURRENCY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}</option>
{{/CURRENCY}}</select>
{{#CURRENCY_ERROR}}<p class="field-error" id="error-currency">{{MESSAGE}}</p>{{/CURRENCY_ERROR}}
</div>
{{#NEW}}<div class="field">
<label for="valid_days">Valid for (days)</label>
<input id="valid_days" name="valid_days" type="number" min="1" max="90" value="{{VALID_DAYS_VALUE}}" aria-describedby="valid_days-why{{#VALID_DAYS_ERROR}} error-valid_days{{/VALID_DAYS_ERROR}}"{{#VALID_DAYS_ERROR}} aria-invalid="true"{{/VALID_DAYS_ERROR}}>
<p class="why" id="valid_days-why">From 1 to 90 days. After that the offer leaves search and listings; you can renew it.</p>
{{#VALID_DAYS_ERROR}}<p class="field-error" id="error-valid_days">{{MESSAGE}}</p>{{/VALID_DAYS_ERROR}}
</div>{{/NEW}}
<p><button type="submit">Save offer</button>{{#CANCEL}} <a href="{{OFFER_PATH}}">Cancel</a>{{/CANCEL}}</p>
</form>
