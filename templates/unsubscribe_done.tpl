{{%AUTOESCAPE context="HTML"}}<h1>You are unsubscribed</h1>
<p>{{SITE}} will not send you e-mail about {{TOPIC}} any more. Your choice is kept in your consent history. Messages about your account are still sent. If you sign in, you can change all your choices under <a href="/account/messages">Messages we may send you</a>.</p>
