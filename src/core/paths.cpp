#include "core/paths.h"

#include <fmt/format.h>

#include "core/slug.h"

namespace hanse::paths {

std::string company(std::int64_t id, std::string_view name) {
  return fmt::format("/company/{}-{}", id, slugify(name));
}

std::string company_products(std::int64_t id, std::string_view name) {
  return company(id, name) + "/products";
}

std::string product(std::int64_t id, std::string_view title) {
  return fmt::format("/product/{}-{}", id, slugify(title));
}

std::string product_edit(std::int64_t id) { return fmt::format("/product/{}/edit", id); }

std::string offer(std::int64_t id, std::string_view title) {
  return fmt::format("/offer/{}-{}", id, slugify(title));
}

std::string offer_edit(std::int64_t id) { return fmt::format("/offer/{}/edit", id); }

std::string member(std::int64_t id) { return fmt::format("/member/{}", id); }

std::string category(std::string_view category_id) { return fmt::format("/category/{}", category_id); }

std::string inquiry(std::int64_t id) { return fmt::format("/inquiries/{}", id); }

std::string invite(std::string_view token) { return fmt::format("/invite/{}", token); }

std::string password_reset(std::string_view token) { return fmt::format("/password/reset/{}", token); }

std::string staff_password(std::string_view token) { return fmt::format("/staff/password/{}", token); }

std::string policy_changes(int from, int to) { return fmt::format("/privacy/changes?from={}&to={}", from, to); }

std::string account_policy() { return "/account/policy"; }

std::string staff_member(std::int64_t id) { return fmt::format("/staff/members/{}", id); }

std::string staff_disclosure(std::int64_t id) { return fmt::format("/staff/disclosures/{}", id); }

std::string absolute(std::string_view base_url, std::string_view path) {
  return fmt::format("{}{}", base_url, path);
}

std::string child_request_confirm(std::string_view token) {
  return "/children/confirm/" + std::string(token);
}
std::string children_form() { return "/children"; }
std::string staff_children() { return "/staff/children"; }
std::string feedback_form() { return "/feedback"; }
std::string staff_feedback() { return "/staff/feedback"; }

}  // namespace hanse::paths
