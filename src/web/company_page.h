// The public company page (web/company_show.cpp, web/company_preview.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "market/company.h"
#include "market/listing_cards.h"
#include "web/handler.h"
#include "web/shared_fragment_cache.h"

namespace hanse::web {

// Everything the company page shows.
struct CompanyPageContent {
  market::Company company;
  std::vector<market::CompanyPerson> people;
  std::vector<market::ListingLink> products;  // the newest few
  std::vector<market::ListingLink> offers;    // the newest few active ones
  std::map<market::CardKey, market::CardDetails> details;  // of those products and offers
};

// The company with this id and what its page lists, read in one
// Database::read; nullopt when there is no such company.
Result<std::optional<CompanyPageContent>> load_company_page(App& app, std::int64_t company_id);

// The company page's content as every viewer sees it (P-12: each field only
// when the policy publishes it; templates/company_content.tpl), the page's
// title and the company's path. The same for every viewer, signed in or
// not, so it is rendered at most once a second per company and shared
// (web/shared_fragment_cache.h, under the company's path); a change made
// through this server drops it at once.
struct CompanyPageView {
  std::string path;
  std::shared_ptr<const Fragment> content;  // html and title
};

// The view kept for the company at this path, if a fresh one is kept (only
// a company's own path is ever kept, so a hit needs no redirect).
std::optional<CompanyPageView> kept_company_page(App& app, const std::string& path);

// The view of the company with this id, read, rendered and kept; nullopt
// when there is no such company.
Result<std::optional<CompanyPageView>> company_page_view(App& app, std::int64_t company_id);

// The page around a view; with preview, under a banner saying that this is
// how visitors see the member's company.
Response render_company_page(Page& page, const CompanyPageView& view, bool preview);

}  // namespace hanse::web
