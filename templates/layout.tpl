{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · {{SITE_NAME}}</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="/">{{SITE_NAME}}</a>
<form method="get" action="/search" class="header-search" role="search" aria-label="Site search">
<label for="site-q" class="visually-hidden">Search products, companies and offers</label>
<input id="site-q" name="q" type="search" maxlength="1000" placeholder="Search products, companies, offers">
<button type="submit">Search</button>
</form>
<nav aria-label="Main">
<ul>
<li><a href="/search">Search</a></li>
<li><a href="/categories">Categories</a></li>
{{#STAFF_AREA}}<li><a href="/staff">Staff</a></li>{{/STAFF_AREA}}
{{#SIGNED_IN}}<li><a href="/company">Your company</a></li>
<li><a href="/inquiries">Inquiries</a></li>
<li><a href="/account">{{MEMBER_NAME}}</a></li>
<li><a href="/bin/user/edit">Your data</a></li>
<li><a href="/account/sessions">Sessions</a></li>
<li><form method="post" action="/signout" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit" class="link">Sign out</button></form></li>{{/SIGNED_IN}}
{{#SIGNED_OUT}}<li><a href="/signin">Sign in</a></li>
<li><a href="/register">Register</a></li>{{/SIGNED_OUT}}
</ul>
</nav>
</header>
{{#COOKIE_BANNER}}<section class="cookie-banner" aria-labelledby="cookie-banner-title">
<h2 id="cookie-banner-title">Cookies on {{SITE_NAME}}</h2>
<p>We set only the cookies that signing in and forms need, unless you accept more: statistics, advertising, partner tracking and promotions. <a href="/privacy/cookies">What each cookie does, and choosing one by one</a>.</p>
<form method="post" action="/privacy/cookies" class="inline">
<input type="hidden" name="return" value="{{HERE}}">
<button type="submit" name="choice" value="accept_all">Accept all</button>
<button type="submit" name="choice" value="reject_all">Only necessary cookies</button>
</form>
</section>
{{/COOKIE_BANNER}}{{#POLICY_NOTICE}}<div class="notice" role="status"><p>{{TEXT}} <a href="{{LINK}}">{{LINK_TEXT}}</a></p></div>
{{/POLICY_NOTICE}}<main id="main">
{{>BODY}}
</main>
<footer class="site-footer">
<p><a href="/privacy">Privacy policy</a> · <a href="/transparency">Transparency</a> · <a href="/feedback">Feedback</a> · Operated by {{OPERATOR_NAME}} · <a href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a></p>
{{#SIGNED_IN}}<p><a href="/bin/user/edit">Your data: see, correct and download everything we hold about you</a></p>
<p class="reminder">On a shared computer, sign out when you are done.</p>{{/SIGNED_IN}}
</footer>
</body>
</html>
