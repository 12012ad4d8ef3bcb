{{%AUTOESCAPE context="HTML"}}<h1>Children's data requests</h1>
{{#DONE}}<p class="done" role="status">{{DONE_TEXT}}</p>{{/DONE}}
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/FORM_ERROR}}
<p>Requests confirmed by a parent or guardian. Carrying one out puts the child's address on the promotion suppression list and, for a removal, erases the account registered with it.</p>
<h2>Waiting</h2>
<table>
<thead><tr><th scope="col">Request</th><th scope="col">Guardian</th><th scope="col">Child's address</th><th scope="col">Asked for</th><th scope="col">Account</th><th scope="col">Sent</th><th scope="col">Action</th></tr></thead>
<tbody>
{{#WAITING}}<tr><td>{{ID}}</td><td>{{GUARDIAN_NAME}}, {{GUARDIAN_EMAIL}}</td><td>{{CHILD_EMAIL}}</td><td>{{WHAT}}</td><td>{{ACCOUNT}}</td><td>{{CREATED}}</td><td><form method="post" action="/staff/children/{{ID}}/carry-out"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Carry out request {{ID}}</button></form></td></tr>
{{/WAITING}}</tbody>
</table>
<h2>Carried out</h2>
<table>
<thead><tr><th scope="col">Request</th><th scope="col">Guardian</th><th scope="col">Asked for</th><th scope="col">Done</th></tr></thead>
<tbody>
{{#DONE_REQUEST}}<tr><td>{{ID}}</td><td>{{GUARDIAN_NAME}}, {{GUARDIAN_EMAIL}}</td><td>{{WHAT}}</td><td>{{DONE_AT}}</td></tr>
{{/DONE_REQUEST}}</tbody>
</table>
