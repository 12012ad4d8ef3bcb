// What a listing card (issue 12) may show of a listing's details
// (market/listing_cards.h), decided with the public views (P-12): defined
// in public_view.cpp, next to the columns behind each public field.
#pragma once

#include "market/listing_cards.h"
#include "market/listing_index.h"
#include "privacy/guard.h"

namespace hanse::market {

// The details of a listing of `kind` whose company has policy version
// `version`, by the same decisions as public_product and public_offer (the
// image, the minimum order and its unit, the price whole or not at all, an
// offer's kind and quantity); what is not public is cleared. The expiry is
// not personal and always kept.
CardDetails public_card(const CardDetails& details, ListingKind kind, const privacy::Guard& guard, int version);

}  // namespace hanse::market
