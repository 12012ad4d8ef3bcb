{{%AUTOESCAPE context="HTML"}}<h1>Thank you</h1>
<p>Your message has arrived. We sent a confirmation to {{REPLY_EMAIL}}, and a member of our staff will answer you there.</p>
