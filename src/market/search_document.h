// What search finds a listing by, defined once: the search_documents row
// and the search_categories rows of each kind of listing, as SQL over the
// stored companies, products and offers. Live indexing (index_listing) runs
// these statements for one listing, or one company's listings; the rebuild
// after a bulk load (rebuild_listing_index) runs them for all listings at
// once, set-based. So the two give the same document by construction.
//
// The document of a listing:
//   company  title: its name;  body: its description, its address
//   product  title: its title; body: its description, each specification
//            as "name value", the minimum order unit
//   offer    title: its title; body: its description, its unit
// each part of the body after the first on a line of its own, when it is
// not empty. Besides: the company's country, the offer's kind, expiry and
// whether it is withdrawn, and the filter tokens (tags, market/search_tags.h)
// of the kind, offer kind, country and categories. A listing is under its
// category and that category's industry (a company: under each of its
// industries); a withdrawn offer is under none.
#pragma once

#include <string>
#include <vector>

#include "db/database.h"
#include "market/listing_index.h"

namespace hanse::market {

// Which listings the statements cover.
enum class DocumentScope {
  all,      // every listing of the kind; the statements take no parameters
  listing,  // one listing: $1 is its companies.id, products.id or offers.id
  company,  // one company's listings of the kind: $1 is the company's id
};

struct DocumentStatements {
  // INSERT ... SELECT into search_categories; run these first, as the
  // document's tags are made from its search_categories rows.
  std::vector<std::string> categories;
  // INSERT ... SELECT into search_documents.
  std::string document;
};

// The statements that add the search_categories and search_documents rows
// of the listings of `kind` in `scope`, in the backend's SQL dialect. The
// listings must not be indexed already (remove them first).
DocumentStatements document_statements(db::Backend backend, ListingKind kind, DocumentScope scope);

}  // namespace hanse::market
