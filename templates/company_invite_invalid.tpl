{{%AUTOESCAPE context="HTML"}}<h1>Invitation not valid</h1>
<p>{{MESSAGE}}</p>
<p><a href="/company">Your company</a></p>
