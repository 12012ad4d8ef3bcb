{{%AUTOESCAPE context="HTML"}}<h1>Unsubscribe</h1>
<p>Press the button to stop e-mail from {{SITE}} about {{TOPIC}}. You do not need to sign in. Messages about your account are still sent.</p>
<form method="post" action="/unsubscribe/{{TOKEN}}">
<p><button type="submit">Unsubscribe</button></p>
</form>
