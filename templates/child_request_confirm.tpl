{{%AUTOESCAPE context="HTML"}}<h1>Confirm your request</h1>
<p>Please confirm that you, the child's parent or guardian, asked us to act on the child's data.</p>
<form method="post" action="/children/confirm/{{TOKEN}}">
<input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}">
<p><button type="submit">Confirm the request</button></p>
</form>
