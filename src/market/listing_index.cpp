// The search index and category counts (migration 009). SQLite keeps the
// text in search_documents and its FTS5 index in search_fts (external
// content), so every row change here also adds or deletes the FTS entry with
// the row's old values; PostgreSQL computes the tsvector itself (a generated
// column).
#include "market/listing_index.h"

#include "market/search_document.h"

namespace hanse::market {

const char* to_string(ListingKind kind) {
  switch (kind) {
    case ListingKind::company: return "company";
    case ListingKind::product: return "product";
    case ListingKind::offer: return "offer";
  }
  return "product";
}

std::int64_t search_document_id(ListingKind kind, std::int64_t id) {
  return id * 4 + (kind == ListingKind::company ? 0 : kind == ListingKind::product ? 1 : 2);
}

namespace {

using db::Value;

bool is_sqlite(db::Connection& conn) { return conn.backend() == db::Backend::sqlite; }

// Removes one document (its FTS entry, categories and counts), if indexed.
Status remove_document(db::Connection& conn, std::int64_t doc_id) {
  Value id[] = {doc_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT kind, title, body, tags, withdrawn FROM search_documents WHERE id = $1", id));
  if (!row) return {};
  if (row->text(0) != "offer" && row->integer(4) == 0) {
    HANSE_TRY(auto changed, conn.execute("UPDATE category_counts SET count = count - 1"
                                         " WHERE kind = $1 AND category_id IN"
                                         " (SELECT category_id FROM search_categories WHERE doc_id = $2)",
                                         std::vector<Value>{row->text(0), doc_id}));
    (void)changed;
  }
  HANSE_TRY(auto categories, conn.execute("DELETE FROM search_categories WHERE doc_id = $1", id));
  (void)categories;
  if (is_sqlite(conn) && row->integer(4) == 0) {  // withdrawn ones have no FTS entry
    Value old[] = {doc_id, row->text(1), row->text(2), row->text(3)};
    HANSE_TRY(auto fts, conn.execute("INSERT INTO search_fts(search_fts, rowid, title, body, tags)"
                                     " VALUES ('delete', $1, $2, $3, $4)",
                                     old));
    (void)fts;
  }
  HANSE_TRY(auto deleted, conn.execute("DELETE FROM search_documents WHERE id = $1", id));
  (void)deleted;
  return {};
}

// Adds the documents of the listings of `kind` in `scope` ($1 = id), their
// FTS entries (SQLite) and their category counts. Returns how many.
Result<std::int64_t> add_documents(db::Connection& conn, ListingKind kind, DocumentScope scope,
                                   std::int64_t id) {
  const auto statements = document_statements(conn.backend(), kind, scope);
  Value param[] = {id};
  for (const auto& sql : statements.categories) HANSE_TRY_STATUS(conn.execute(sql, param));
  HANSE_TRY(auto added, conn.execute(statements.document, param));
  // The documents just added: one, or the company's listings of this kind.
  const std::string kind_name = to_string(kind);
  const std::string added_docs =
      scope == DocumentScope::listing
          ? "SELECT id FROM search_documents WHERE id = CAST($1 AS BIGINT) * 4 + " +
                std::to_string(search_document_id(kind, 0))
          : "SELECT id FROM search_documents WHERE company_id = $1 AND kind = '" + kind_name + "'";
  if (is_sqlite(conn))  // withdrawn offers are kept for their owner, indexed nowhere
    HANSE_TRY_STATUS(conn.execute("INSERT INTO search_fts(rowid, title, body, tags)"
                                  " SELECT id, title, body, tags FROM search_documents"
                                  " WHERE withdrawn = 0 AND id IN (" + added_docs + ")",
                                  param));
  if (kind != ListingKind::offer)  // offers are counted per page (they expire)
    HANSE_TRY_STATUS(conn.execute("INSERT INTO category_counts (category_id, kind, count)"
                                  " SELECT category_id, kind, count(*) FROM search_categories"
                                  " WHERE doc_id IN (" + added_docs + ") GROUP BY category_id, kind"
                                  " ON CONFLICT (category_id, kind) DO UPDATE"
                                  " SET count = category_counts.count + excluded.count",
                                  param));
  return added;
}

// Whether a document of the company's listings has another country than
// the company now has.
Result<bool> country_changed(db::Connection& conn, std::int64_t company_id) {
  Value params[] = {company_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT 1 FROM search_documents d JOIN companies c ON c.id = d.company_id"
                          " WHERE d.company_id = $1 AND d.country <> c.country LIMIT 1",
                          params));
  return row.has_value();
}

}  // namespace

Status index_listing(db::Connection& conn, ListingKind kind, std::int64_t id) {
  HANSE_TRY_STATUS(remove_document(conn, search_document_id(kind, id)));
  if (kind == ListingKind::company) {
    // The country of its products and offers is the company's: a move
    // re-indexes them.
    HANSE_TRY(auto moved, country_changed(conn, id));
    if (moved) {
      HANSE_TRY_STATUS(unindex_company(conn, id));
      for (auto listings : {ListingKind::product, ListingKind::offer})
        HANSE_TRY_STATUS(add_documents(conn, listings, DocumentScope::company, id));
    }
  }
  HANSE_TRY(auto added, add_documents(conn, kind, DocumentScope::listing, id));
  if (added == 0) return fail(ErrorKind::not_found, std::string("no such ") + to_string(kind));
  return {};
}

Status unindex_listing(db::Connection& conn, ListingKind kind, std::int64_t id) {
  return remove_document(conn, search_document_id(kind, id));
}

Status unindex_company(db::Connection& conn, std::int64_t company_id) {
  Value params[] = {company_id};
  HANSE_TRY(auto rows, conn.query("SELECT id FROM search_documents WHERE company_id = $1", params));
  for (const auto& row : rows) HANSE_TRY_STATUS(remove_document(conn, row.integer(0)));
  return {};
}

}  // namespace hanse::market
