{{%AUTOESCAPE context="HTML"}}<h1>A company is needed</h1>
<p>Products and trade offers belong to a company. You are not a member of a company yet.</p>
<p><a href="/company/new">Create your company</a>, or ask a colleague whose company is already on the site to invite you.</p>
