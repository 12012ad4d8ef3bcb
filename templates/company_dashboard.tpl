{{%AUTOESCAPE context="HTML"}}<h1>Your company</h1>
{{#NO_COMPANY}}<p>You do not belong to a company yet. Register yours, or ask a colleague whose company is registered here to invite you.</p>
<p><a href="/company/new">Register your company</a></p>
{{/NO_COMPANY}}{{#COMPANY}}<p>You are {{ROLE}} of <a href="{{PATH}}">{{NAME}}</a>.</p>
<ul class="company-actions">
<li><a href="{{PATH}}">Your public company page</a></li>
<li><a href="/company/preview">Preview as a visitor</a></li>
<li><a href="/company/edit">Edit the company profile</a></li>
<li><a href="/company/members">Members{{#OWNER}} and invitations{{/OWNER}}</a></li>
<li><a href="/products/new">Add a product</a></li>
<li><a href="/offers/new">Post a trade offer</a></li>
<li><a href="/company/listings">Your products and offers</a></li>
<li><a href="/account/profile">Your public profile</a></li>
{{#OWNER}}<li><a href="/company/delete">Delete the company</a></li>
{{/OWNER}}</ul>
{{/COMPANY}}
