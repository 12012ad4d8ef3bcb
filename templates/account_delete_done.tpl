{{%AUTOESCAPE context="HTML"}}<h1>Your account has been deleted</h1>
<p>Erasure is complete: your account and your personal data were removed at once, and you are signed out. A confirmation went to your e-mail address before it was deleted.</p>
<p>What we keep, and why (only where such records exist):</p>
<ul>
{{#KEPT}}<li>{{LINE}}</li>
{{/KEPT}}</ul>
<p>A scheduled job removes what is kept for a limited time when that time has passed.</p>
<p><a href="/">Back to the front page</a></p>
