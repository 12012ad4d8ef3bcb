{{%AUTOESCAPE context="HTML"}}<h1>Check your e-mail</h1>
<p>If the address you entered belongs to an account, a message with a link to choose a new password is on its way. The link works once, for one hour.</p>
<p class="muted">Our staff will never ask you for your password.</p>
