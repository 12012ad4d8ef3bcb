{{%AUTOESCAPE context="HTML"}}<h1>Promotions</h1>
{{#VISITOR}}<p>Members take part from their account: <a href="/register">register your company</a> or <a href="/signin">sign in</a>.</p>
{{/VISITOR}}{{#MEMBER}}<p><a href="/account/promotions">Take part and see your progress</a>.</p>
{{/MEMBER}}{{#REMEMBERED}}<p>You accepted promotion cookies: the cookie hanse_promotions remembers which promotions you saw here, to mark new ones.</p>
{{/REMEMBERED}}{{#NOT_REMEMBERED}}<p>Nothing about your visit is remembered here. With promotion cookies accepted in the <a href="/privacy/cookies">cookie settings</a>, new promotions would be marked.</p>
{{/NOT_REMEMBERED}}{{#NONE}}<p class="no-results">No promotion is running now.</p>
{{/NONE}}<ul class="promotions">
{{#PROMOTION}}<li><strong>{{TITLE}}</strong>{{#NEW}} <span class="new">New</span>{{/NEW}}: {{RULE}}; reward: featured for {{REWARD_DAYS}} days.</li>
{{/PROMOTION}}</ul>
