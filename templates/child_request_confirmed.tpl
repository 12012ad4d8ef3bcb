{{%AUTOESCAPE context="HTML"}}<h1>Request confirmed</h1>
<p>Thank you. Our support staff will check your request and carry it out, and tell you by e-mail when it is done.</p>
