{{%AUTOESCAPE context="HTML"}}<article class="product">
{{CONTENT:none}}
{{#CAN_INQUIRE}}<p><a class="button" href="/inquiries/new?product={{ID}}">Send an inquiry</a></p>{{/CAN_INQUIRE}}
{{#CAN_EDIT}}<p class="owner-actions"><a href="/product/{{ID}}/edit">Edit this product</a></p>
<form method="post" action="/product/{{ID}}/delete" class="inline"><input type="hidden" name="csrf" value="{{CSRF:x-csrf-token}}"><button type="submit">Delete this product</button></form>{{/CAN_EDIT}}
</article>
