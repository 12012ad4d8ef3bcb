{{%AUTOESCAPE context="HTML"}}<h1>Cookies</h1>
{{#SAVED}}<p class="notice" role="status">Your cookie choices are saved.</p>{{/SAVED}}
{{#ERROR}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/ERROR}}
<p>A cookie is a small piece of data this site asks your browser to keep and send back. Below is every cookie {{SITE_NAME}} can set, grouped by what it is for. The site sets a cookie only if you accepted its kind; the strictly necessary ones are set only when you use what needs them (signing in, sending a form). You can change your choice here at any time; a kind you refuse is deleted from your browser on your next visit. See also the <a href="/privacy#cookies">privacy policy</a> and the <a href="/privacy/cookies.json">list as data</a> (revision {{REVISION}}).</p>
{{#GPC}}<p class="notice" role="status">Your browser sends the Global Privacy Control signal: advertising and partner tracking cookies are refused unless you accept them here yourself.</p>{{/GPC}}
<p>Browsing, searching and reading company, product and offer pages work without any cookie. Signing in needs the cookie that keeps you signed in, and forms need the one that proves they came from this site: if your browser refuses cookies, those pages tell you so.</p>
<form method="post" action="/privacy/cookies" class="cookie-settings">
<input type="hidden" name="return" value="/privacy/cookies?saved=1">
{{#CATEGORY}}<section class="cookie-category" id="category-{{ID}}" aria-labelledby="category-{{ID}}-title">
<h2 id="category-{{ID}}-title">{{TITLE}}</h2>
<p>{{DESCRIPTION}}</p>
<p class="state" data-category="{{ID}}">Your choice: <strong>{{STATE}}</strong></p>
{{#CHOOSABLE}}<p><input type="checkbox" id="accept-{{ID}}" name="{{ID}}" value="on"{{#CHECKED}} checked{{/CHECKED}}> <label for="accept-{{ID}}">Accept {{TITLE}} cookies</label></p>{{/CHOOSABLE}}
{{#NO_COOKIE}}<p>No cookie of this kind is set at present.</p>{{/NO_COOKIE}}
{{#COOKIES}}<table class="cookies">
<caption>{{TITLE}} cookies</caption>
<thead><tr><th scope="col">Cookie</th><th scope="col">Purpose</th><th scope="col">Lifetime</th><th scope="col">Policy</th></tr></thead>
<tbody>
{{#COOKIE}}<tr data-cookie="{{NAME}}"><th scope="row"><code>{{NAME}}</code></th><td>{{PURPOSE}}</td><td>{{LIFETIME}}</td><td><a href="/privacy#{{CLAUSE}}">{{CLAUSE}}</a></td></tr>
{{/COOKIE}}</tbody>
</table>{{/COOKIES}}
</section>
{{/CATEGORY}}<p>
<button type="submit" name="choice" value="save">Save my choices</button>
<button type="submit" name="choice" value="accept_all">Accept all</button>
<button type="submit" name="choice" value="reject_all">Only necessary cookies</button>
</p>
</form>
