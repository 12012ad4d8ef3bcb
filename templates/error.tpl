{{%AUTOESCAPE context="HTML"}}<h1>{{HEADING}}</h1>
<p>{{TEXT}}</p>
<p class="muted">Error {{STATUS}}. <a href="/">Go to the front page</a>.</p>
