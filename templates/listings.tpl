{{%AUTOESCAPE context="HTML"}}<h1>Your listings</h1>
<p><a href="/products/new">Add a product</a> · <a href="/offers/new">Post a trade offer</a>{{#HAS_CATALOGUE}} · <a href="{{CATALOGUE_PATH}}">Your public catalogue</a>{{/HAS_CATALOGUE}}</p>
<h2>Products</h2>
{{#NO_PRODUCTS}}<p class="empty">Your company has no products yet.</p>{{/NO_PRODUCTS}}
<ul class="listing-list">
{{#PRODUCT}}<li><a href="{{PATH}}">{{TITLE}}</a> <span class="muted">{{CATEGORY}}</span>
<a href="/product/{{ID}}/edit">Edit</a>
<form method="post" action="/product/{{ID}}/delete" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Delete</button></form></li>
{{/PRODUCT}}</ul>
<h2>Trade offers</h2>
{{#NO_OFFERS}}<p class="empty">Your company has no trade offers yet.</p>{{/NO_OFFERS}}
<ul class="listing-list">
{{#OFFER}}<li class="offer-item"><span class="offer-kind">{{KIND}}</span> <a href="{{PATH}}">{{TITLE}}</a>
{{#ACTIVE}}<span class="muted">active until {{EXPIRES}}</span>{{/ACTIVE}}{{#EXPIRED}}<strong class="status">expired on {{EXPIRED_ON}}</strong>{{/EXPIRED}}{{#WITHDRAWN}}<strong class="status">withdrawn</strong>{{/WITHDRAWN}}
<a href="/offer/{{ID}}/edit">Edit</a>
<form method="post" action="/offer/{{ID}}/renew" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Renew</button></form>
{{#CAN_WITHDRAW}}<form method="post" action="/offer/{{ID}}/withdraw" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Withdraw</button></form>{{/CAN_WITHDRAW}}
<form method="post" action="/offer/{{ID}}/delete" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Delete</button></form></li>
{{/OFFER}}</ul>
