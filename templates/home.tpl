{{%AUTOESCAPE context="HTML"}}{{CONTENT:none}}
