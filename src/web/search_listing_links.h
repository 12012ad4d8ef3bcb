// Shared by the search and category pages: the public URL of a listing and
// the numbers people read.
#pragma once

#include <cstdint>
#include <string>

#include "market/listing_index.h"

namespace hanse::web {

// /company/ID-SLUG, /product/ID-SLUG or /offer/ID-SLUG.
std::string listing_path(market::ListingKind kind, std::int64_t id, const std::string& company_slug,
                         const std::string& title);

// "1,234"
std::string group_thousands(std::int64_t n);

}  // namespace hanse::web
