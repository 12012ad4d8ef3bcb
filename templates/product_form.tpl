{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>Fields marked <span class="public-mark">Public</span> are shown to everyone on the product page and in search.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/ERROR_SUMMARY}}
<form method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="title">Title{{#TITLE_PUBLIC}} <span class="public-mark">Public</span>{{/TITLE_PUBLIC}}</label>
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
<fieldset id="spec_name">
<legend>Specifications{{#SPEC_NAME_PUBLIC}} <span class="public-mark">Public</span>{{/SPEC_NAME_PUBLIC}}</legend>
<p class="why">Up to 20 rows of a name and a value, for example "Material" and "AISI 316". Leave rows you do not need empty.</p>
{{#SPEC_NAME_ERROR}}<p class="field-error" id="error-spec_name">{{MESSAGE}}</p>{{/SPEC_NAME_ERROR}}
{{#SPEC}}<div class="spec-row">
<label for="spec_name_{{INDEX}}">Name {{INDEX}}</label> <input id="spec_name_{{INDEX}}" name="spec_name" type="text" maxlength="100" value="{{NAME}}">
<label for="spec_value_{{INDEX}}">Value {{INDEX}}</label> <input id="spec_value_{{INDEX}}" name="spec_value" type="text" maxlength="500" value="{{VALUE}}">
</div>
{{/SPEC}}</fieldset>
<div class="field">
<label for="min_order_quantity">Minimum order quantity{{#MIN_ORDER_QUANTITY_PUBLIC}} <span class="public-mark">Public</span>{{/MIN_ORDER_QUANTITY_PUBLIC}}</label>
<input id="min_order_quantity" name="min_order_quantity" type="text" inputmode="numeric" value="{{MIN_ORDER_QUANTITY_VALUE}}"{{#MIN_ORDER_QUANTITY_ERROR}} aria-invalid="true" aria-describedby="error-min_order_quantity"{{/MIN_ORDER_QUANTITY_ERROR}}>
{{#MIN_ORDER_QUANTITY_ERROR}}<p class="field-error" id="error-min_order_quantity">{{MESSAGE}}</p>{{/MIN_ORDER_QUANTITY_ERROR}}
</div>
<div class="field">
<label for="min_order_unit">Unit{{#MIN_ORDER_UNIT_PUBLIC}} <span class="public-mark">Public</span>{{/MIN_ORDER_UNIT_PUBLIC}}</label>
<input id="min_order_unit" name="min_order_unit" type="text" maxlength="40" value="{{MIN_ORDER_UNIT_VALUE}}"{{#MIN_ORDER_UNIT_ERROR}} aria-invalid="true" aria-describedby="error-min_order_unit"{{/MIN_ORDER_UNIT_ERROR}}>
{{#MIN_ORDER_UNIT_ERROR}}<p class="field-error" id="error-min_order_unit">{{MESSAGE}}</p>{{/MIN_ORDER_UNIT_ERROR}}
</div>
<div class="field">
<label for="price_min">Lowest price per unit{{#PRICE_MIN_PUBLIC}} <span class="public-mark">Public</span>{{/PRICE_MIN_PUBLIC}}</label>
<input id="price_min" name="price_min" type="text" inputmode="decimal" value="{{PRICE_MIN_VALUE}}"{{#PRICE_MIN_ERROR}} aria-invalid="true" aria-describedby="error-price_min"{{/PRICE_MIN_ERROR}}>
{{#PRICE_MIN_ERROR}}<p class="field-error" id="error-price_min">{{MESSAGE}}</p>{{/PRICE_MIN_ERROR}}
</div>
<div class="field">
<label for="price_max">Highest price per unit{{#PRICE_MAX_PUBLIC}} <span class="public-mark">Public</span>{{/PRICE_MAX_PUBLIC}}</label>
<input id="price_max" name="price_max" type="text" inputmode="decimal" value="{{PRICE_MAX_VALUE}}"{{#PRICE_MAX_ERROR}} aria-invalid="true" aria-describedby="error-price_max"{{/PRICE_MAX_ERROR}}>
{{#PRICE_MAX_ERROR}}<p class="field-error" id="error-price_max">{{MESSAGE}}</p>{{/PRICE_MAX_ERROR}}
</div>
<div class="field">
<label for="currency">Currency{{#CURRENCY_PUBLIC}} <span class="public-mark">Public</span>{{/CURRENCY_PUBLIC}}</label>
<select id="currency" name="currency"{{#CURRENCY_ERROR}} aria-invalid="true" aria-describedby="error-currency"{{/CURRENCY_ERROR}}>
{{#CURRENCY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}</option>
{{/CURRENCY}}</select>
{{#CURRENCY_ERROR}}<p class="field-error" id="error-currency">{{MESSAGE}}</p>{{/CURRENCY_ERROR}}
</div>
{{#HAS_EXISTING_PHOTOS}}<fieldset>
<legend>Current photos</legend>
{{#EXISTING_PHOTO}}<div class="photo-choice"><img src="/upload/{{UPLOAD_ID}}" alt="Photo {{UPLOAD_ID}}" width="120"> <input id="remove_photo_{{UPLOAD_ID}}" name="remove_photo" type="checkbox" value="{{UPLOAD_ID}}"> <label for="remove_photo_{{UPLOAD_ID}}">Remove this photo</label></div>
{{/EXISTING_PHOTO}}</fieldset>{{/HAS_EXISTING_PHOTOS}}
<div class="field">
<label for="photo">Photos{{#PHOTO_PUBLIC}} <span class="public-mark">Public</span>{{/PHOTO_PUBLIC}}</label>
<input id="photo" name="photo" type="file" multiple accept="image/jpeg,image/png,image/webp" aria-describedby="photo-why{{#PHOTO_ERROR}} error-photo{{/PHOTO_ERROR}}"{{#PHOTO_ERROR}} aria-invalid="true"{{/PHOTO_ERROR}}>
<p class="why" id="photo-why">JPEG, PNG or WebP, at most {{MAX_PHOTO_SIZE}} each, {{MAX_PHOTOS}} photos per product (room for {{PHOTO_ROOM}} more).</p>
{{#PHOTO_ERROR}}<p class="field-error" id="error-photo">{{MESSAGE}}</p>{{/PHOTO_ERROR}}
</div>
<p><button type="submit">Save product</button>{{#CANCEL}} <a href="{{PRODUCT_PATH}}">Cancel</a>{{/CANCEL}}</p>
</form>
