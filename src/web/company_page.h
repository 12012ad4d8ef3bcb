// The public company page (web/company_show.cpp, web/company_preview.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "market/company.h"
#include "market/listing_cards.h"
#include "web/handler.h"

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
// visitor: read for a visitor (from the read replica when there is one).
Result<std::optional<CompanyPageContent>> load_company_page(App& app, std::int64_t company_id,
                                                             bool visitor = false);

// The company page as every visitor sees it (P-12: each field only when the
// policy publishes it); with preview, the same page under a banner saying so.
Response render_company_page(App& app, Page& page, const CompanyPageContent& content, bool preview);

}  // namespace hanse::web
