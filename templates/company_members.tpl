{{%AUTOESCAPE context="HTML"}}<h1>Members of your company</h1>
{{#INVITED}}<p class="notice" role="status">The invitation has been sent. The link in it works once, for {{INVITE_DAYS}} days.</p>
{{/INVITED}}<p>Each person appears here with the public name they chose on <a href="/account/profile">their public profile</a>, or else with their member number.</p>
<ul class="members">
{{#PERSON}}<li class="member">{{NAME}}{{#JOB_TITLE}}, {{TEXT}}{{/JOB_TITLE}} ({{ROLE}}){{#YOU}} – you{{/YOU}}{{#REMOVABLE}}
<form method="post" action="/company/members/{{MEMBER_ID}}/remove" class="inline">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<input type="hidden" name="company_id" value="{{COMPANY_ID}}">
<button type="submit">Remove {{NAME}} ({{NUMBER}})</button>
</form>{{/REMOVABLE}}</li>
{{/PERSON}}</ul>
{{#INVITE}}<h2>Invite someone</h2>
<p>We send the person an e-mail with a link to join your company. It names your company and nothing about you.</p>
<form method="post" action="/company/invite" novalidate>
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<input type="hidden" name="company_id" value="{{COMPANY_ID}}">
<div class="field">
<label for="email">Their e-mail address</label>
<input id="email" name="email" type="email" autocomplete="off" required maxlength="254" value="{{EMAIL_VALUE}}" aria-describedby="email-why{{#EMAIL_ERROR}} error-email{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
<p class="why" id="email-why">Used only to send this invitation.</p>
{{#EMAIL_ERROR}}<p class="field-error" id="error-email">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
</div>
<p><button type="submit">Send invitation</button></p>
</form>
{{/INVITE}}<p><a href="/company">Back to your company</a></p>
