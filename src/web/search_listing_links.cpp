#include "web/search_listing_links.h"

#include "core/paths.h"

namespace hanse::web {

std::string listing_path(market::ListingKind kind, std::int64_t id, const std::string& company_slug,
                         const std::string& title) {
  switch (kind) {
    case market::ListingKind::company:
      return paths::company(id, company_slug);
    case market::ListingKind::product:
      return paths::product(id, title);
    case market::ListingKind::offer:
      return paths::offer(id, title);
  }
  return "/";
}

std::string group_thousands(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace hanse::web
