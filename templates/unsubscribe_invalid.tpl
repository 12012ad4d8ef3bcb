{{%AUTOESCAPE context="HTML"}}<h1>This link is not known</h1>
<p>We do not know this unsubscribe link, or it is more than 400 days old. Nothing was changed. If you have an account, sign in and choose which messages you want under <a href="/account/messages">Messages we may send you</a>.</p>
