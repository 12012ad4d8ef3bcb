{{%AUTOESCAPE context="HTML"}}{{CONTENT:none}}<!--hanse:banner-slot-->
