// The site's URLs, built in one place: the public pages of companies,
// products, offers, members, categories and inquiries, and the single-use
// links that e-mails and commands hand out. Pages, domain code and mail all
// call these, so a URL is spelled once; web/ids.h reads the id back.
//
// It lives in core (with slugify) rather than in market because modules
// below market build site URLs too: accounts (the password-reset mail),
// privacy (the policy-change mail) and staff links printed by the CLI.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::paths {

// "/company/12-acme-gmbh". `name` is the company's name or its stored slug
// (the same slug either way). Likewise `title` below.
std::string company(std::int64_t id, std::string_view name);

// "/company/12-acme-gmbh/products": the company's public catalogue.
std::string company_products(std::int64_t id, std::string_view name);

// "/product/7-steel-pipe" and its edit form "/product/7/edit".
std::string product(std::int64_t id, std::string_view title);
std::string product_edit(std::int64_t id);

// "/offer/9-used-lathe" and its edit form "/offer/9/edit".
std::string offer(std::int64_t id, std::string_view title);
std::string offer_edit(std::int64_t id);

// "/member/5": a member's public profile.
std::string member(std::int64_t id);

// "/category/tools-hardware" or "/category/tools-hardware/hand-tools": the
// id of an industry or sub-category (market/categories.h) is its path.
std::string category(std::string_view category_id);

// "/inquiries/3": an inquiry thread.
std::string inquiry(std::int64_t id);

// Single-use links, token as issued (URL-safe): "/invite/TOKEN",
// "/password/reset/TOKEN", "/staff/password/TOKEN".
std::string invite(std::string_view token);
std::string password_reset(std::string_view token);
std::string staff_password(std::string_view token);

// "/privacy/changes?from=1&to=2": what changed between two policy versions.
std::string policy_changes(int from, int to);

// "/account/policy": where a member accepts a newer policy version.
std::string account_policy();

// Staff views and disclosures (S-1, P-13): "/staff/members/5" (the support
// page for a member), "/staff/disclosures/3" (under it: "/lift",
// "/package.json").
std::string staff_member(std::int64_t id);
std::string staff_disclosure(std::int64_t id);

// A guardian's confirmation link (P-18): "/children/confirm/TOKEN"; the
// form itself is "/children", the staff's list "/staff/children".
std::string child_request_confirm(std::string_view token);
std::string children_form();
std::string staff_children();

// The feedback form "/feedback" (P-20) and the staff inbox "/staff/feedback".
std::string feedback_form();
std::string staff_feedback();

// base_url + path for e-mails and the command line: "https://x.example" and
// "/inquiries/3" give "https://x.example/inquiries/3" (site.base_url is
// validated to have no "/" at the end).
std::string absolute(std::string_view base_url, std::string_view path);

}  // namespace hanse::paths
