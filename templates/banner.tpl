{{%AUTOESCAPE context="HTML"}}<aside class="banner" aria-labelledby="banner-label" data-banner="{{ID}}" data-basis="{{BASIS}}">
<p class="banner-label" id="banner-label">{{LABEL}}</p>
{{#IMAGE}}<p class="banner-image"><img src="/banner/{{ID}}/image" alt=""></p>
{{/IMAGE}}<p class="banner-text"><a href="{{HREF}}" rel="nofollow">{{TEXT}}</a></p>
<details class="banner-why">
<summary>Why am I seeing this?</summary>
<p>{{WHY}}</p>
{{#OFF}}<p><a href="{{OFF_HREF}}">{{OFF_TEXT}}</a></p>
{{/OFF}}</details>
</aside>
