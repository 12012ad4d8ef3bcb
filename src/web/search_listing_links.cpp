#include "web/search_listing_links.h"

#include "core/paths.h"
#include "core/words.h"

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

std::string group_thousands(std::int64_t n) { return words::group_thousands(n); }

}  // namespace hanse::web
