{{%AUTOESCAPE context="HTML"}}{{CONTENT:none}}{{BANNER_SLOT:x-banner-slot}}
