{{%AUTOESCAPE context="HTML"}}<h1>This link is not valid any more</h1>
<p>Links to set a password work once, for a limited time. <a href="/password/forgot">Ask for a new link</a>.</p>
