// Placeholder until the search index lands (issue 4, search part): the
// stores already call these in their transactions.
#include "market/listing_index.h"

namespace hanse::market {

const char* to_string(ListingKind kind) {
  switch (kind) {
    case ListingKind::company: return "company";
    case ListingKind::product: return "product";
    case ListingKind::offer: return "offer";
  }
  return "product";
}

Status index_listing(db::Connection&, const ListingDocument&) { return {}; }
Status unindex_listing(db::Connection&, ListingKind, std::int64_t) { return {}; }
Status unindex_company(db::Connection&, std::int64_t) { return {}; }
Status rebuild_listing_index(db::Connection&) { return {}; }

}  // namespace hanse::market
