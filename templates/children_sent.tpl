{{%AUTOESCAPE context="HTML"}}<h1>Check your e-mail</h1>
<p>We sent a link to {{GUARDIAN_EMAIL}}. Please open it within 7 days to confirm your request; the link works once. Our support staff carry out confirmed requests and tell you by e-mail when it is done.</p>
