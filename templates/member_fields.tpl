{{%AUTOESCAPE context="HTML"}}<fieldset>
<legend>About you</legend>
<div class="field">
<label for="name">Your name</label>
<input id="name" name="name" type="text" autocomplete="name" required maxlength="200" value="{{NAME_VALUE}}" aria-describedby="name-why{{#NAME_ERROR}} error-name{{/NAME_ERROR}}"{{#NAME_ERROR}} aria-invalid="true"{{/NAME_ERROR}}>
<p class="why" id="name-why">Why: to address you and to show suppliers who is writing. Private.</p>
{{#NAME_ERROR}}<p class="field-error" id="error-name">{{MESSAGE}}</p>{{/NAME_ERROR}}
</div>
<div class="field">
<label for="email">E-mail address</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="{{EMAIL_VALUE}}" aria-describedby="email-why{{#EMAIL_ERROR}} error-email{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
<p class="why" id="email-why">Why: to sign you in, and to send you notices about your account. Private.</p>
{{#EMAIL_ERROR}}<p class="field-error" id="error-email">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
</div>
<div class="field">
<label for="phone">Phone number</label>
<input id="phone" name="phone" type="tel" autocomplete="tel" required maxlength="40" value="{{PHONE_VALUE}}" aria-describedby="phone-why{{#PHONE_ERROR}} error-phone{{/PHONE_ERROR}}"{{#PHONE_ERROR}} aria-invalid="true"{{/PHONE_ERROR}}>
<p class="why" id="phone-why">Why: to reach you about your account or an order when e-mail is not enough. Private.</p>
{{#PHONE_ERROR}}<p class="field-error" id="error-phone">{{MESSAGE}}</p>{{/PHONE_ERROR}}
</div>
<div class="field">
<label for="address">Postal address</label>
<textarea id="address" name="address" autocomplete="street-address" required rows="3" maxlength="500" aria-describedby="address-why{{#ADDRESS_ERROR}} error-address{{/ADDRESS_ERROR}}"{{#ADDRESS_ERROR}} aria-invalid="true"{{/ADDRESS_ERROR}}>{{ADDRESS_VALUE:pre_escape}}</textarea>
<p class="why" id="address-why">Why: for invoices and letters about your account. Private.</p>
{{#ADDRESS_ERROR}}<p class="field-error" id="error-address">{{MESSAGE}}</p>{{/ADDRESS_ERROR}}
</div>
<div class="field">
<label for="country">Country</label>
<select id="country" name="country" required aria-describedby="country-why{{#COUNTRY_ERROR}} error-country{{/COUNTRY_ERROR}}"{{#COUNTRY_ERROR}} aria-invalid="true"{{/COUNTRY_ERROR}}>
<option value="">Choose…</option>
{{#COUNTRY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}</option>
{{/COUNTRY}}</select>
<p class="why" id="country-why">Why: part of your address, and to write phone numbers correctly. Private.</p>
{{#COUNTRY_ERROR}}<p class="field-error" id="error-country">{{MESSAGE}}</p>{{/COUNTRY_ERROR}}
</div>
</fieldset>
<fieldset>
<legend>Your company</legend>
<div class="field">
<label for="company_name">Company name</label>
<input id="company_name" name="company_name" type="text" autocomplete="organization" required maxlength="200" value="{{COMPANY_NAME_VALUE}}" aria-describedby="company_name-why{{#COMPANY_NAME_ERROR}} error-company_name{{/COMPANY_NAME_ERROR}}"{{#COMPANY_NAME_ERROR}} aria-invalid="true"{{/COMPANY_NAME_ERROR}}>
<p class="why" id="company_name-why">Why: to set up your company on the site. You choose later what your public company page shows.</p>
{{#COMPANY_NAME_ERROR}}<p class="field-error" id="error-company_name">{{MESSAGE}}</p>{{/COMPANY_NAME_ERROR}}
</div>
<div class="field">
<label for="company_address">Company address</label>
<textarea id="company_address" name="company_address" required rows="3" maxlength="500" aria-describedby="company_address-why{{#COMPANY_ADDRESS_ERROR}} error-company_address{{/COMPANY_ADDRESS_ERROR}}"{{#COMPANY_ADDRESS_ERROR}} aria-invalid="true"{{/COMPANY_ADDRESS_ERROR}}>{{COMPANY_ADDRESS_VALUE:pre_escape}}</textarea>
<p class="why" id="company_address-why">Why: to identify your company to trading partners and for invoices. Private until you publish it.</p>
{{#COMPANY_ADDRESS_ERROR}}<p class="field-error" id="error-company_address">{{MESSAGE}}</p>{{/COMPANY_ADDRESS_ERROR}}
</div>
</fieldset>
