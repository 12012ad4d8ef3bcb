{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>Everything on this form is shown on your public company page. Fields marked <span class="public-mark">Public</span> can be seen by everyone, also without an account.</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/FORM_ERROR}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>
{{/ERROR_SUMMARY}}<form method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
{{#EDITING}}<input type="hidden" name="company_id" value="{{COMPANY_ID}}">
{{/EDITING}}<div class="field">
<label for="name">Company name{{#NAME_PUBLIC}} <span class="public-mark">Public</span>{{/NAME_PUBLIC}}</label>
<input id="name" name="name" type="text" autocomplete="organization" required maxlength="200" value="{{NAME_VALUE}}"{{#NAME_ERROR}} aria-describedby="error-name" aria-invalid="true"{{/NAME_ERROR}}>
{{#NAME_ERROR}}<p class="field-error" id="error-name">{{MESSAGE}}</p>{{/NAME_ERROR}}
</div>
<div class="field">
<label for="address">Company address{{#ADDRESS_PUBLIC}} <span class="public-mark">Public</span>{{/ADDRESS_PUBLIC}}</label>
<textarea id="address" name="address" rows="3" maxlength="500"{{#ADDRESS_ERROR}} aria-describedby="error-address" aria-invalid="true"{{/ADDRESS_ERROR}}>{{ADDRESS_VALUE:pre_escape}}</textarea>
{{#ADDRESS_ERROR}}<p class="field-error" id="error-address">{{MESSAGE}}</p>{{/ADDRESS_ERROR}}
</div>
<div class="field">
<label for="country">Country{{#COUNTRY_PUBLIC}} <span class="public-mark">Public</span>{{/COUNTRY_PUBLIC}}</label>
<select id="country" name="country" required{{#COUNTRY_ERROR}} aria-describedby="error-country" aria-invalid="true"{{/COUNTRY_ERROR}}>
<option value="">Choose…</option>
{{#COUNTRY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}</option>
{{/COUNTRY}}</select>
{{#COUNTRY_ERROR}}<p class="field-error" id="error-country">{{MESSAGE}}</p>{{/COUNTRY_ERROR}}
</div>
<div class="field">
<label for="industries">Industries (one to five) <span class="public-mark">Public</span></label>
<select id="industries" name="industries" multiple size="10" aria-describedby="industries-why{{#INDUSTRIES_ERROR}} error-industries{{/INDUSTRIES_ERROR}}"{{#INDUSTRIES_ERROR}} aria-invalid="true"{{/INDUSTRIES_ERROR}}>
{{#INDUSTRY_GROUP}}<optgroup label="{{LABEL}}">
{{#INDUSTRY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/INDUSTRY_OPTION}}</optgroup>
{{/INDUSTRY_GROUP}}</select>
<p class="why" id="industries-why">Your company is listed under these categories in the directory and in search.</p>
{{#INDUSTRIES_ERROR}}<p class="field-error" id="error-industries">{{MESSAGE}}</p>{{/INDUSTRIES_ERROR}}
</div>
<div class="field">
<label for="year_founded">Year founded (optional){{#YEAR_FOUNDED_PUBLIC}} <span class="public-mark">Public</span>{{/YEAR_FOUNDED_PUBLIC}}</label>
<input id="year_founded" name="year_founded" type="text" inputmode="numeric" maxlength="4" value="{{YEAR_FOUNDED_VALUE}}"{{#YEAR_FOUNDED_ERROR}} aria-describedby="error-year_founded" aria-invalid="true"{{/YEAR_FOUNDED_ERROR}}>
{{#YEAR_FOUNDED_ERROR}}<p class="field-error" id="error-year_founded">{{MESSAGE}}</p>{{/YEAR_FOUNDED_ERROR}}
</div>
<div class="field">
<label for="description">Description{{#DESCRIPTION_PUBLIC}} <span class="public-mark">Public</span>{{/DESCRIPTION_PUBLIC}}</label>
<textarea id="description" name="description" rows="6" maxlength="5000"{{#DESCRIPTION_ERROR}} aria-describedby="error-description" aria-invalid="true"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION_VALUE:pre_escape}}</textarea>
{{#DESCRIPTION_ERROR}}<p class="field-error" id="error-description">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
</div>
<div class="field">
<label for="website">Website (optional){{#WEBSITE_PUBLIC}} <span class="public-mark">Public</span>{{/WEBSITE_PUBLIC}}</label>
<input id="website" name="website" type="text" inputmode="url" autocomplete="url" maxlength="300" value="{{WEBSITE_VALUE}}"{{#WEBSITE_ERROR}} aria-describedby="error-website" aria-invalid="true"{{/WEBSITE_ERROR}}>
{{#WEBSITE_ERROR}}<p class="field-error" id="error-website">{{MESSAGE}}</p>{{/WEBSITE_ERROR}}
</div>
<div class="field">
<label for="logo">Logo (optional: JPEG, PNG or WebP, at most {{MAX_LOGO_SIZE}}){{#LOGO_PUBLIC}} <span class="public-mark">Public</span>{{/LOGO_PUBLIC}}</label>
<input id="logo" name="logo" type="file" accept="image/jpeg,image/png,image/webp"{{#LOGO_ERROR}} aria-describedby="error-logo" aria-invalid="true"{{/LOGO_ERROR}}>
{{#LOGO_ERROR}}<p class="field-error" id="error-logo">{{MESSAGE}}</p>{{/LOGO_ERROR}}
</div>
{{#HAS_LOGO}}<div class="field checkbox">
<input id="remove_logo" name="remove_logo" type="checkbox" value="1">
<label for="remove_logo">Remove the current logo</label>
</div>
{{/HAS_LOGO}}<p><button type="submit">{{SUBMIT}}</button></p>
</form>
