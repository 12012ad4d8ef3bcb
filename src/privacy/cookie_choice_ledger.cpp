#include "privacy/cookie_choice_ledger.h"

#include <algorithm>
#include <charconv>

#include "privacy/consent_ledger.h"
#include "privacy/door.h"

namespace hanse::privacy {
namespace {

constexpr std::string_view kRevisionMark = "#registry-";

int revision_of(std::string_view source) {
  auto at = source.rfind(kRevisionMark);
  if (at == std::string_view::npos) return 0;
  source.remove_prefix(at + kRevisionMark.size());
  int revision = 0;
  auto [end, ec] = std::from_chars(source.data(), source.data() + source.size(), revision);
  return ec == std::errc{} && end == source.data() + source.size() ? revision : 0;
}

}  // namespace

Status record_cookie_choice(db::Connection& conn, std::int64_t member_id, const CookieChoice& choice,
                            const std::string& page) {
  const auto source = page + std::string(kRevisionMark) + std::to_string(choice.revision);
  for (auto category : kCookieCategories) {
    if (category == CookieCategory::necessary || !choice[category]) continue;
    ConsentEvent event{0, member_id, ConsentKind::cookies, to_string(category),
                       *choice[category] ? "granted" : "denied", choice.given_at, source};
    HANSE_TRY_STATUS(record(conn, event));
  }
  return {};
}

Result<std::optional<CookieChoice>> ledger_cookie_choice(db::Connection& conn, std::int64_t member_id) {
  OwnerRead door("a member's own cookie choices, brought back into their browser at sign-in");
  HANSE_TRY(auto current, current_choices(conn, member_id));
  if (current.cookies.empty()) return std::optional<CookieChoice>{};
  CookieChoice choice;
  choice.revision = kCookieRegistryRevision;
  choice.given_at = 0;
  bool any = false;
  for (const auto& [what, given] : current.cookies) {
    auto category = parse_cookie_category(what);
    if (!category || *category == CookieCategory::necessary) continue;
    const int revision = revision_of(given.source);
    if (revision < 1) continue;
    choice[*category] = given.value == "granted";
    choice.revision = std::min(choice.revision, revision);
    choice.given_at = std::max(choice.given_at, given.given_at);
    any = true;
  }
  if (!any) return std::optional<CookieChoice>{};
  return std::optional<CookieChoice>{choice};
}

}  // namespace hanse::privacy
