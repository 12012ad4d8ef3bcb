{{%AUTOESCAPE context="HTML"}}<h1>Promotions</h1>
<p><a class="button" href="/staff/promotions/new">New promotion</a></p>
{{#NONE}}<p class="no-results">No promotions yet.</p>{{/NONE}}
{{#SOME}}<table class="data">
<caption>Promotions, newest first</caption>
<thead><tr><th scope="col">Number</th><th scope="col">Title</th><th scope="col">Rule</th><th scope="col">Reward</th><th scope="col">Days</th><th scope="col">Members who joined</th></tr></thead>
<tbody>
{{#PROMOTION}}<tr id="promotion-{{ID}}"><td>{{ID}}</td><td>{{TITLE}}</td><td>{{RULE}}</td><td>featured {{REWARD_DAYS}} days</td><td>{{FIRST_DAY}} to {{LAST_DAY}}</td><td>{{PARTICIPANTS}}</td></tr>
{{/PROMOTION}}</tbody>
</table>{{/SOME}}
