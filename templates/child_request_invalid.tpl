{{%AUTOESCAPE context="HTML"}}<h1>This link is not valid any more</h1>
<p>A confirmation link works once, for 7 days. Nothing was changed. If your request is not confirmed yet, <a href="/children">send it again</a>.</p>
