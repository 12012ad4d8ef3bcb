{{%AUTOESCAPE context="HTML"}}<article class="offer">
{{#CATEGORY_PATH}}<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Home</a> › <a href="/categories">Categories</a> › <a href="{{INDUSTRY_PATH}}">{{INDUSTRY_NAME}}</a> › <a href="{{SUB_PATH}}">{{SUB_NAME}}</a></nav>{{/CATEGORY_PATH}}
<p class="offer-kind">{{KIND}}</p>
<h1>{{TITLE}}</h1>
{{#WITHDRAWN}}<p class="notice" role="status">This offer was withdrawn. Only members of your company see it; renew it to publish it again.</p>{{/WITHDRAWN}}
{{#EXPIRED}}<p class="notice" role="status">This offer expired on {{EXPIRED_ON}}. Only members of your company see it; renew it to publish it again.</p>{{/EXPIRED}}
{{#COMPANY}}<p class="supplier">Posted by <a href="{{PATH}}">{{NAME}}</a></p>{{/COMPANY}}
<dl class="facts">
{{#HAS_QUANTITY}}<dt>Quantity</dt><dd>{{QUANTITY}}</dd>{{/HAS_QUANTITY}}
{{#HAS_PRICE}}<dt>Target price</dt><dd>{{PRICE}}</dd>{{/HAS_PRICE}}
{{#ACTIVE}}<dt>Valid until</dt><dd>{{EXPIRES}}</dd>{{/ACTIVE}}
</dl>
{{#PARAGRAPH}}<p>{{TEXT}}</p>
{{/PARAGRAPH}}
{{#CAN_INQUIRE}}<p><a class="button" href="/inquiries/new?offer={{ID}}">Send an inquiry</a></p>{{/CAN_INQUIRE}}
{{#CAN_EDIT}}<div class="owner-actions">
<p><a href="/offer/{{ID}}/edit">Edit this offer</a></p>
<form method="post" action="/offer/{{ID}}/renew" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Renew</button></form>
{{#CAN_WITHDRAW}}<form method="post" action="/offer/{{ID}}/withdraw" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Withdraw</button></form>{{/CAN_WITHDRAW}}
<form method="post" action="/offer/{{ID}}/delete" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Delete</button></form>
</div>{{/CAN_EDIT}}
</article>
