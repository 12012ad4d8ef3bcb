{{%AUTOESCAPE context="HTML"}}<h1>Inquiries</h1>
<p class="why">Inquiries are private: only your company and the other company see them.</p>
{{#NONE}}<p>No inquiries yet. Find a product or an offer with <a href="/search">search</a> and send the supplier an inquiry from its page.</p>{{/NONE}}
{{#HAS_RECEIVED}}<h2>Received by your company</h2>
<ul class="inquiries">
{{#RECEIVED}}<li class="inquiry"><a href="{{PATH}}">{{SUBJECT}}</a> <span class="muted">from {{OTHER}} · {{MESSAGES}} messages · last {{AT}}</span></li>
{{/RECEIVED}}</ul>{{/HAS_RECEIVED}}
{{#HAS_SENT}}<h2>Sent by you or your company</h2>
<ul class="inquiries">
{{#SENT}}<li class="inquiry"><a href="{{PATH}}">{{SUBJECT}}</a> <span class="muted">to {{OTHER}} · {{MESSAGES}} messages · last {{AT}}</span></li>
{{/SENT}}</ul>{{/HAS_SENT}}
