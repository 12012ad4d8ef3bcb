{{%AUTOESCAPE context="HTML"}}{{#PREVIEW}}<p class="preview-banner" role="status">This is how visitors see your company page. <a href="/company">Back to your company</a></p>
{{/PREVIEW}}{{CONTENT:none}}
