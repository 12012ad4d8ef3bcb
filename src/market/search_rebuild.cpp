// rebuild_listing_index (market/listing_index.h): the whole index from the
// companies, products and offers tables in a few set-based statements, for
// bulk loads such as `hanse demo`. The documents and categories come from
// the statements index_listing runs for one listing (market/search_document.h),
// here over all listings at once.
#include <string>

#include "market/listing_index.h"
#include "market/search_document.h"

namespace hanse::market {
namespace {

Status run(db::Connection& conn, const std::string& sql) {
  HANSE_TRY(auto changed, conn.execute(sql));
  (void)changed;
  return {};
}

constexpr ListingKind kKinds[] = {ListingKind::company, ListingKind::product, ListingKind::offer};

}  // namespace

Status rebuild_listing_index(db::Connection& conn) {
  const bool sqlite = conn.backend() == db::Backend::sqlite;
  HANSE_TRY_STATUS(run(conn, "DELETE FROM category_counts"));
  HANSE_TRY_STATUS(run(conn, "DELETE FROM search_categories"));
  HANSE_TRY_STATUS(run(conn, "DELETE FROM search_documents"));

  // Categories first: the documents' tags are made from them.
  for (auto kind : kKinds)
    for (const auto& sql : document_statements(conn.backend(), kind, DocumentScope::all).categories)
      HANSE_TRY_STATUS(run(conn, sql));
  for (auto kind : kKinds)
    HANSE_TRY_STATUS(run(conn, document_statements(conn.backend(), kind, DocumentScope::all).document));

  HANSE_TRY_STATUS(run(conn, "INSERT INTO category_counts (category_id, kind, count)"
                             " SELECT category_id, kind, count(*) FROM search_categories"
                             " WHERE kind <> 'offer' GROUP BY category_id, kind"));
  if (sqlite) {
    HANSE_TRY_STATUS(run(conn, "INSERT INTO search_fts(search_fts) VALUES ('rebuild')"));
    // Withdrawn offers are kept but never indexed (as in index_listing).
    HANSE_TRY_STATUS(run(conn, "INSERT INTO search_fts(search_fts, rowid, title, body, tags)"
                               " SELECT 'delete', id, title, body, tags FROM search_documents WHERE withdrawn = 1"));
  }
  return {};
}

}  // namespace hanse::market
