{{%AUTOESCAPE context="HTML"}}<h1>Your promotions</h1>
{{#NOT_OFFERED}}<p>Promotions are not offered to your account: you turned targeted promotions off (<a href="/account/personalisation">switch them on again</a>), or your address may not receive promotions.</p>
{{/NOT_OFFERED}}{{#NONE}}<p class="no-results">No promotion is running now.</p>
{{/NONE}}{{#PROMOTION}}<section class="promotion" id="promotion-{{ID}}" aria-labelledby="promotion-{{ID}}-title">
<h2 id="promotion-{{ID}}-title">{{TITLE}}</h2>
<p>{{RULE}}. Reward: your company's listings are featured for {{REWARD_DAYS}} days, first and marked "Featured" on the category pages they belong to. Leaving the promotion, or turning targeted promotions off, ends it.</p>
{{#JOINED}}<p class="progress">You take part. Progress: <strong>{{PROGRESS}} of {{GOAL}}</strong>.</p>
{{#DONE}}<p class="reward">Goal reached: featured until {{REWARD_UNTIL}}.</p>
{{/DONE}}<form method="post" action="/account/promotions/{{ID}}/leave"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Leave this promotion</button></form>
{{/JOINED}}{{#NOT_JOINED}}<p class="progress">You do not take part.</p>
<form method="post" action="/account/promotions/{{ID}}/join"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Take part</button></form>
{{/NOT_JOINED}}{{#LEFT}}<p class="progress">You left this promotion.</p>
<form method="post" action="/account/promotions/{{ID}}/join"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Take part again</button></form>
{{/LEFT}}</section>
{{/PROMOTION}}<p><a href="/account">Back to your account</a></p>
