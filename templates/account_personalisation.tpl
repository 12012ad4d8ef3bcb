{{%AUTOESCAPE context="HTML"}}<h1>Targeted promotions and pages arranged for you</h1>
{{#SAVED}}<p class="notice" role="status">Your choice is saved.</p>{{/SAVED}}
<p>Both use only what you told us about your company: its industries and its country. Both are on unless you switch them off; when off, the site shows you what it shows everyone.</p>
<section aria-labelledby="targeted-title">
<h2 id="targeted-title">Banners chosen by your company's trade</h2>
{{#TARGETED_ON}}<p>On: the banners on the home, search and category pages are chosen by your company's industries and country (the policy's clause “Promotions and banners that match your interests”).</p>
<form method="post" action="/account/personalisation"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><input type="hidden" name="clause" value="targeted-promotions"><input type="hidden" name="value" value="denied"><button type="submit">Turn off targeted promotions</button></form>
{{/TARGETED_ON}}{{#TARGETED_OFF}}<p>Off: you see the banners shown to everyone.</p>
<form method="post" action="/account/personalisation"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><input type="hidden" name="clause" value="targeted-promotions"><input type="hidden" name="value" value="granted"><button type="submit">Turn on targeted promotions</button></form>
{{/TARGETED_OFF}}</section>
<section aria-labelledby="personalised-title">
<h2 id="personalised-title">Pages arranged for you</h2>
{{#PERSONALISED_ON}}<p>On: your company's industries come first on the home page and in the category directory (the policy's clause “Fitting the site to you”).</p>
<form method="post" action="/account/personalisation"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><input type="hidden" name="clause" value="personalisation"><input type="hidden" name="value" value="denied"><button type="submit">Switch off pages arranged for me</button></form>
{{/PERSONALISED_ON}}{{#PERSONALISED_OFF}}<p>Off: the pages look the same for you as for everyone.</p>
<form method="post" action="/account/personalisation"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><input type="hidden" name="clause" value="personalisation"><input type="hidden" name="value" value="granted"><button type="submit">Switch on pages arranged for me</button></form>
{{/PERSONALISED_OFF}}</section>
<p><a href="/account">Back to your account</a></p>
