{{%AUTOESCAPE context="HTML"}}<h1>Banner campaigns</h1>
<p><a class="button" href="/staff/banners/new">New banner campaign</a></p>
<p>Impressions and clicks are counted per campaign and day, never per visitor or member.</p>
{{#NONE}}<p class="no-results">No campaigns yet.</p>{{/NONE}}
{{#SOME}}<table class="data">
<caption>Campaigns, newest first</caption>
<thead><tr><th scope="col">Number</th><th scope="col">Text</th><th scope="col">Link</th><th scope="col">Whose</th><th scope="col">Industries</th><th scope="col">Countries</th><th scope="col">Days</th><th scope="col">Cap</th><th scope="col">Impressions</th><th scope="col">Clicks</th><th scope="col">Action</th></tr></thead>
<tbody>
{{#CAMPAIGN}}<tr id="campaign-{{ID}}"><td>{{ID}}</td><td>{{TEXT}}</td><td>{{LINK}}</td><td>{{KIND}}</td><td>{{INDUSTRIES}}</td><td>{{COUNTRIES}}</td><td>{{FIRST_DAY}} to {{LAST_DAY}}</td><td>{{CAP}}</td><td class="impressions">{{IMPRESSIONS}}</td><td class="clicks">{{CLICKS}}</td><td>{{#RUNNING}}<form method="post" action="/staff/banners/{{ID}}/end"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">End</button></form>{{/RUNNING}}</td></tr>
{{/CAMPAIGN}}</tbody>
</table>{{/SOME}}
