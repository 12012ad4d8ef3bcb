#include "privacy/cookie_registry.h"

namespace hanse::privacy {
namespace {

constexpr std::array<const CookieDeclaration*, 6> kRegistry{
    &cookies::session, &cookies::staff, &cookies::csrf, &cookies::choices, &cookies::interests, &cookies::promotions,
};

constexpr std::array<CookieCategoryDeclaration, 5> kCategories{{
    {CookieCategory::necessary, "Strictly necessary",
     "Signing in, protecting forms and remembering your cookie choices. The site cannot work without them, "
     "so they cannot be switched off; none of them is set before you use the feature that needs it.",
     1},
    {CookieCategory::statistics, "Statistics",
     "Counting how members and visitors move through the site. The site counts visits without any cookie today, "
     "so none is set; your choice is kept for when one is.",
     1},
    {CookieCategory::advertising, "Advertising",
     "Choosing banners that suit your interests from the industries you looked at here.", 1},
    {CookieCategory::partner_tracking, "Partner tracking",
     "Letting our retail partners follow visits and orders that came through us. No partner cookie is set today; "
     "your choice is kept for when one is.",
     1},
    {CookieCategory::promotions, "Promotions", "Remembering how far you got in a promotion.", 1},
}};

}  // namespace

const char* to_string(CookieCategory category) {
  switch (category) {
    case CookieCategory::necessary: return "necessary";
    case CookieCategory::statistics: return "statistics";
    case CookieCategory::advertising: return "advertising";
    case CookieCategory::partner_tracking: return "partner_tracking";
    case CookieCategory::promotions: return "promotions";
  }
  return "necessary";
}

std::optional<CookieCategory> parse_cookie_category(std::string_view text) {
  for (auto category : kCookieCategories)
    if (text == to_string(category)) return category;
  return std::nullopt;
}

std::span<const CookieDeclaration* const> cookie_registry() { return kRegistry; }

std::span<const CookieCategoryDeclaration> cookie_categories() { return kCategories; }

const CookieCategoryDeclaration& cookie_category(CookieCategory category) {
  return kCategories[static_cast<std::size_t>(category)];
}

const CookieDeclaration* find_cookie(std::string_view name) {
  for (const auto* cookie : kRegistry)
    if (name == cookie->name || name == cookie->tls_name) return cookie;
  return nullptr;
}

}  // namespace hanse::privacy
