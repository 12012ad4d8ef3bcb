{{%AUTOESCAPE context="HTML"}}<h1>New banner campaign</h1>
<p>A banner is shown on the home, search and category pages. It is chosen for each page view: by a member's company industries and country when the member has not turned off targeted promotions, by the industries a visitor browsed when they accepted advertising cookies, and otherwise among the campaigns without targets. Only impressions and clicks per day are counted.</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">Please correct the fields marked below. Nothing was stored.</p>{{/FORM_ERROR}}
<form method="post" action="/staff/banners/new" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="text">Text</label>
<input id="text" name="text" type="text" required maxlength="{{MAX_TEXT}}" value="{{TEXT_VALUE}}"{{#TEXT_ERROR}} aria-describedby="error-text" aria-invalid="true"{{/TEXT_ERROR}}>
{{#TEXT_ERROR}}<p class="field-error" id="error-text">{{MESSAGE}}</p>{{/TEXT_ERROR}}
</div>
<div class="field">
<label for="image">Image (optional: PNG, JPEG or WebP, at most 2 MB)</label>
<input id="image" name="image" type="file" accept="image/png,image/jpeg,image/webp"{{#IMAGE_ERROR}} aria-describedby="error-image" aria-invalid="true"{{/IMAGE_ERROR}}>
{{#IMAGE_ERROR}}<p class="field-error" id="error-image">{{MESSAGE}}</p>{{/IMAGE_ERROR}}
</div>
<div class="field">
<label for="link">Link: a path on this site (/categories) or an https:// address</label>
<input id="link" name="link" type="text" required maxlength="{{MAX_LINK}}" value="{{LINK_VALUE}}"{{#LINK_ERROR}} aria-describedby="error-link" aria-invalid="true"{{/LINK_ERROR}}>
{{#LINK_ERROR}}<p class="field-error" id="error-link">{{MESSAGE}}</p>{{/LINK_ERROR}}
</div>
<fieldset class="field"{{#INDUSTRIES_ERROR}} aria-describedby="error-industries"{{/INDUSTRIES_ERROR}}>
<legend>Target industries (none: not targeted by industry)</legend>
{{#INDUSTRY}}<div class="checkbox"><input id="industry-{{INDEX}}" name="industries" type="checkbox" value="{{KEY}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="industry-{{INDEX}}">{{NAME}}</label></div>
{{/INDUSTRY}}{{#INDUSTRIES_ERROR}}<p class="field-error" id="error-industries">{{MESSAGE}}</p>{{/INDUSTRIES_ERROR}}
</fieldset>
<div class="field">
<label for="countries">Target countries (two-letter codes such as DE, FR; empty: any)</label>
<input id="countries" name="countries" type="text" maxlength="200" value="{{COUNTRIES_VALUE}}"{{#COUNTRIES_ERROR}} aria-describedby="error-countries" aria-invalid="true"{{/COUNTRIES_ERROR}}>
{{#COUNTRIES_ERROR}}<p class="field-error" id="error-countries">{{MESSAGE}}</p>{{/COUNTRIES_ERROR}}
</div>
<div class="field">
<label for="first_day">First day</label>
<input id="first_day" name="first_day" type="date" required value="{{FIRST_DAY_VALUE}}"{{#FIRST_DAY_ERROR}} aria-describedby="error-first_day" aria-invalid="true"{{/FIRST_DAY_ERROR}}>
{{#FIRST_DAY_ERROR}}<p class="field-error" id="error-first_day">{{MESSAGE}}</p>{{/FIRST_DAY_ERROR}}
</div>
<div class="field">
<label for="last_day">Last day</label>
<input id="last_day" name="last_day" type="date" required value="{{LAST_DAY_VALUE}}"{{#LAST_DAY_ERROR}} aria-describedby="error-last_day" aria-invalid="true"{{/LAST_DAY_ERROR}}>
{{#LAST_DAY_ERROR}}<p class="field-error" id="error-last_day">{{MESSAGE}}</p>{{/LAST_DAY_ERROR}}
</div>
<div class="field">
<label for="cap">Impression cap (empty or 0: none)</label>
<input id="cap" name="cap" type="text" inputmode="numeric" maxlength="10" value="{{CAP_VALUE}}"{{#CAP_ERROR}} aria-describedby="error-cap" aria-invalid="true"{{/CAP_ERROR}}>
{{#CAP_ERROR}}<p class="field-error" id="error-cap">{{MESSAGE}}</p>{{/CAP_ERROR}}
</div>
<fieldset class="field"{{#KIND_ERROR}} aria-describedby="error-kind"{{/KIND_ERROR}}>
<legend>Whose banner</legend>
<div class="checkbox"><input id="kind-house" name="kind" type="radio" value="house"{{#HOUSE_CHECKED}} checked{{/HOUSE_CHECKED}}> <label for="kind-house">A house promotion</label></div>
<div class="checkbox"><input id="kind-partner" name="kind" type="radio" value="partner"{{#PARTNER_CHECKED}} checked{{/PARTNER_CHECKED}}> <label for="kind-partner">A partner's banner</label></div>
{{#KIND_ERROR}}<p class="field-error" id="error-kind">{{MESSAGE}}</p>{{/KIND_ERROR}}
</fieldset>
<p><button type="submit">Store the campaign</button> <a href="/staff/banners">Cancel</a></p>
</form>
