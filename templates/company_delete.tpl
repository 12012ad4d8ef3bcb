{{%AUTOESCAPE context="HTML"}}<h1>Delete your company</h1>
<p>Deleting <strong>{{NAME}}</strong> removes its public page, all its products and trade offers, its logo and photos, and the memberships of everyone in it. This cannot be undone.</p>
<form method="post" action="/company/delete">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<input type="hidden" name="company_id" value="{{COMPANY_ID}}">
<div class="field checkbox">
<input id="confirm" name="confirm" type="checkbox" value="1"{{#CONFIRM_ERROR}} aria-describedby="error-confirm" aria-invalid="true"{{/CONFIRM_ERROR}}>
<label for="confirm">Yes, delete the company and everything listed under it</label>
{{#CONFIRM_ERROR}}<p class="field-error" id="error-confirm">{{MESSAGE}}</p>{{/CONFIRM_ERROR}}
</div>
<p><button type="submit">Delete the company</button> <a href="/company">Cancel</a></p>
</form>
