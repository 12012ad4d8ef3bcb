{{%AUTOESCAPE context="HTML"}}<h1>Trade between companies</h1>
<p class="lead">{{SITE_NAME}} connects buyers and suppliers: publish your company and products, post buy and sell offers, and talk to suppliers in private.</p>
<ul class="features">
<li>Your company's public profile and product catalogue.</li>
<li>Buy and sell offers across industries.</li>
<li>Private inquiries between two companies.</li>
</ul>
<p><a class="button" href="/register">Register your company</a> <a href="/signin">or sign in</a></p>
<p class="muted">We describe what we collect, why, and your choices in our <a href="/privacy">privacy policy</a>.</p>
