{{%AUTOESCAPE context="HTML"}}<h1>Feedback</h1>
<p>The newest 100 messages. Feedback is kept 2 years after the last answer.</p>
<table>
<thead><tr><th scope="col">Sent</th><th scope="col">About</th><th scope="col">From</th><th scope="col">Message</th><th scope="col">State</th></tr></thead>
<tbody>
{{#ITEM}}<tr><td><a href="/staff/feedback/{{ID}}">{{AT}}</a></td><td>{{TOPIC}}</td><td>{{REPLY_EMAIL}}</td><td>{{EXCERPT}}</td><td>{{STATE}}</td></tr>
{{/ITEM}}</tbody>
</table>
