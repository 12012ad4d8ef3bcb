{{%AUTOESCAPE context="HTML"}}<h1>New promotion</h1>
<p>Members the privacy policy allows it for take part from their account and see their progress there; members who turned targeted promotions off and addresses on the children's suppression list are never included.</p>
{{#FORM_ERROR}}<p class="form-error" role="alert">Please correct the fields marked below. Nothing was stored.</p>{{/FORM_ERROR}}
<form method="post" action="/staff/promotions/new">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<div class="field">
<label for="title">Title</label>
<input id="title" name="title" type="text" required maxlength="{{MAX_TITLE}}" value="{{TITLE_VALUE}}"{{#TITLE_ERROR}} aria-describedby="error-title" aria-invalid="true"{{/TITLE_ERROR}}>
{{#TITLE_ERROR}}<p class="field-error" id="error-title">{{MESSAGE}}</p>{{/TITLE_ERROR}}
</div>
<fieldset class="field"{{#RULE_ERROR}} aria-describedby="error-rule"{{/RULE_ERROR}}>
<legend>Rule</legend>
<div class="checkbox"><input id="rule-offers" name="rule" type="radio" value="offers"{{#OFFERS_CHECKED}} checked{{/OFFERS_CHECKED}}> <label for="rule-offers">Post a number of offers this month</label></div>
<div class="checkbox"><input id="rule-profile" name="rule" type="radio" value="profile"{{#PROFILE_CHECKED}} checked{{/PROFILE_CHECKED}}> <label for="rule-profile">Complete the company profile</label></div>
{{#RULE_ERROR}}<p class="field-error" id="error-rule">{{MESSAGE}}</p>{{/RULE_ERROR}}
</fieldset>
<div class="field">
<label for="target">Number of offers (for the offers rule)</label>
<input id="target" name="target" type="text" inputmode="numeric" maxlength="9" value="{{TARGET_VALUE}}"{{#TARGET_ERROR}} aria-describedby="error-target" aria-invalid="true"{{/TARGET_ERROR}}>
{{#TARGET_ERROR}}<p class="field-error" id="error-target">{{MESSAGE}}</p>{{/TARGET_ERROR}}
</div>
<div class="field">
<label for="reward_days">Reward: days the company is featured</label>
<input id="reward_days" name="reward_days" type="text" inputmode="numeric" required maxlength="9" value="{{REWARD_DAYS_VALUE}}"{{#REWARD_DAYS_ERROR}} aria-describedby="error-reward_days" aria-invalid="true"{{/REWARD_DAYS_ERROR}}>
{{#REWARD_DAYS_ERROR}}<p class="field-error" id="error-reward_days">{{MESSAGE}}</p>{{/REWARD_DAYS_ERROR}}
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
<p><button type="submit">Store the promotion</button> <a href="/staff/promotions">Cancel</a></p>
</form>
