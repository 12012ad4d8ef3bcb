{{%AUTOESCAPE context="HTML"}}{{#CATEGORY_PATH}}<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Home</a> › <a href="/categories">Categories</a> › <a href="{{INDUSTRY_PATH}}">{{INDUSTRY_NAME}}</a> › <a href="{{SUB_PATH}}">{{SUB_NAME}}</a></nav>{{/CATEGORY_PATH}}
<h1>{{TITLE}}</h1>
{{#COMPANY}}<p class="supplier">Offered by <a href="{{PATH}}">{{NAME}}</a></p>{{/COMPANY}}
{{#PHOTOS}}<div class="product-photos">{{#PHOTO}}<a href="/upload/{{UPLOAD_ID}}"><img src="{{SRC}}" alt="Photo {{N}} of {{TITLE}}" width="{{WIDTH}}" height="{{HEIGHT}}"></a>{{/PHOTO}}</div>{{/PHOTOS}}
<dl class="facts">
{{#HAS_PRICE}}<dt>Price</dt><dd>{{PRICE}}</dd>{{/HAS_PRICE}}
{{#HAS_MIN_ORDER}}<dt>Minimum order</dt><dd>{{MIN_ORDER}}</dd>{{/HAS_MIN_ORDER}}
</dl>
{{#PARAGRAPH}}<p>{{TEXT}}</p>
{{/PARAGRAPH}}
{{#SPECIFICATIONS}}<h2>Specifications</h2>
<table class="specifications">
<tbody>
{{#SPEC}}<tr><th scope="row">{{NAME}}</th><td>{{VALUE}}</td></tr>
{{/SPEC}}</tbody>
</table>{{/SPECIFICATIONS}}
