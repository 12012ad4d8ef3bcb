{{%AUTOESCAPE context="HTML"}}{{#PREVIEW}}<p class="preview-banner" role="status">This is how visitors see your public profile. <a href="/account/profile">Back to your profile</a></p>
{{/PREVIEW}}<article class="member-profile">
<h1>{{TITLE}}</h1>
{{#NOT_SHOWN}}<p>You have not chosen a public name, so visitors do not see a profile page for you and you are not listed on your company's page.</p>
{{/NOT_SHOWN}}{{#SHOWN}}<dl class="data">
{{#JOB_TITLE}}<dt>Job title</dt><dd>{{TEXT}}</dd>
{{/JOB_TITLE}}{{#COMPANY}}<dt>Company</dt><dd><a href="{{PATH}}">{{NAME}}</a></dd>
{{/COMPANY}}</dl>
{{/SHOWN}}</article>
