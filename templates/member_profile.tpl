{{%AUTOESCAPE context="HTML"}}<h1>Your public profile</h1>
{{#SAVED}}<p class="notice" role="status">Your public profile has been saved.</p>
{{/SAVED}}<p>What you enter here is shown on your company's page and on <a href="{{MEMBER_PATH}}">your public profile page</a>, to everyone, also without an account. Leave the name empty to appear on neither. Your account's name, e-mail address, phone number and address are never shown.</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert"><h2>Please correct the following</h2><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>
{{/ERROR_SUMMARY}}<form method="post" action="/account/profile" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="public_name">Public name{{#PUBLIC_NAME_PUBLIC}} <span class="public-mark">Public</span>{{/PUBLIC_NAME_PUBLIC}}</label>
<input id="public_name" name="public_name" type="text" maxlength="100" value="{{PUBLIC_NAME_VALUE}}" aria-describedby="public_name-why{{#PUBLIC_NAME_ERROR}} error-public_name{{/PUBLIC_NAME_ERROR}}"{{#PUBLIC_NAME_ERROR}} aria-invalid="true"{{/PUBLIC_NAME_ERROR}}>
<p class="why" id="public_name-why">Shown on your company page, for example "Anna S." or "Sales team".</p>
{{#PUBLIC_NAME_ERROR}}<p class="field-error" id="error-public_name">{{MESSAGE}}</p>{{/PUBLIC_NAME_ERROR}}
</div>
<div class="field">
<label for="public_title">Job title{{#PUBLIC_TITLE_PUBLIC}} <span class="public-mark">Public</span>{{/PUBLIC_TITLE_PUBLIC}}</label>
<input id="public_title" name="public_title" type="text" maxlength="100" value="{{PUBLIC_TITLE_VALUE}}" aria-describedby="public_title-why{{#PUBLIC_TITLE_ERROR}} error-public_title{{/PUBLIC_TITLE_ERROR}}"{{#PUBLIC_TITLE_ERROR}} aria-invalid="true"{{/PUBLIC_TITLE_ERROR}}>
<p class="why" id="public_title-why">Shown next to your public name on your company page.</p>
{{#PUBLIC_TITLE_ERROR}}<p class="field-error" id="error-public_title">{{MESSAGE}}</p>{{/PUBLIC_TITLE_ERROR}}
</div>
<p><button type="submit">Save</button></p>
</form>
<p><a href="/account/profile/preview">Preview your public profile as a visitor</a></p>
