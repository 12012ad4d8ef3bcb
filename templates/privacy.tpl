{{%AUTOESCAPE context="HTML"}}<h1>Privacy policy</h1>
<p>{{OPERATOR_NAME}} runs this site. This page summarises how we treat your data; the full, versioned policy is generated from its machine-readable form.</p>
<h2>What we collect and why</h2>
<p>To open an account we ask for your name, e-mail address, phone number, postal address, and your company's name and address. We use them to run your account and to contact you about it. Each form says next to each field why we ask.</p>
<h2>Your password</h2>
<p>Your account is protected by a password that only you know. We keep only a one-way hash of it. Nobody on our staff can read it, and we will never ask you for it, by e-mail or by phone.</p>
<h2>Signing out</h2>
<p>Signing out ends your session on our servers. You can see every browser where you are signed in, and sign out of any or all of them. On a shared computer, sign out when you are done.</p>
<h2>Contact</h2>
<p>Questions about this policy: <a href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a>.</p>
