// The search index and category counts (migration 009). SQLite keeps the
// text in search_documents and its FTS5 index in search_fts (external
// content), so every row change here also adds or deletes the FTS entry with
// the row's old values; PostgreSQL computes the tsvector itself (a generated
// column).
#include "market/listing_index.h"

#include <set>

#include "market/search_tags.h"

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

std::string product_search_body(std::string_view description,
                                const std::vector<std::pair<std::string, std::string>>& specifications,
                                std::string_view min_order_unit) {
  std::string body(description);
  for (const auto& [name, value] : specifications) body.append(1, '\n').append(name).append(1, ' ').append(value);
  if (!min_order_unit.empty()) body.append(1, '\n').append(min_order_unit);
  return body;
}

namespace {

using db::Value;

bool is_sqlite(db::Connection& conn) { return conn.backend() == db::Backend::sqlite; }

// The categories and their industries, each once.
std::set<std::string> with_industries(const std::vector<std::string>& categories) {
  std::set<std::string> out;
  for (const auto& c : categories) {
    if (c.empty()) continue;
    out.insert(c);
    if (auto slash = c.find('/'); slash != std::string::npos && slash > 0) out.insert(c.substr(0, slash));
  }
  return out;
}

Result<std::string> company_country(db::Connection& conn, std::int64_t company_id) {
  Value params[] = {company_id};
  HANSE_TRY(auto row, conn.query_optional("SELECT country FROM companies WHERE id = $1", params));
  return row ? row->text(0) : std::string();
}

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

// A company's new country reaches the filter tokens of its products and
// offers (the country filter matches tokens, not a join).
Status retag_company_listings(db::Connection& conn, std::int64_t company_id, const std::string& country) {
  Value params[] = {company_id, country};
  HANSE_TRY(auto rows, conn.query("SELECT id, kind, offer_kind, title, body, tags, withdrawn FROM search_documents"
                                  " WHERE company_id = $1 AND country <> $2",
                                  params));
  for (const auto& row : rows) {
    Value doc[] = {row.integer(0)};
    HANSE_TRY(auto cats, conn.query("SELECT category_id FROM search_categories WHERE doc_id = $1", doc));
    std::set<std::string> categories;
    for (const auto& c : cats) categories.insert(c.text(0));
    std::string tags = listing_tags(row.text(1), row.text(2), country, categories);
    if (is_sqlite(conn) && row.integer(6) == 0) {
      Value old[] = {row.integer(0), row.text(3), row.text(4), row.text(5)};
      HANSE_TRY(auto fts, conn.execute("INSERT INTO search_fts(search_fts, rowid, title, body, tags)"
                                       " VALUES ('delete', $1, $2, $3, $4)",
                                       old));
      (void)fts;
      Value added[] = {row.integer(0), row.text(3), row.text(4), tags};
      HANSE_TRY(auto fts2, conn.execute("INSERT INTO search_fts(rowid, title, body, tags)"
                                        " VALUES ($1, $2, $3, $4)",
                                        added));
      (void)fts2;
    }
    Value update[] = {row.integer(0), country, tags};
    HANSE_TRY(auto n, conn.execute("UPDATE search_documents SET country = $2, tags = $3 WHERE id = $1", update));
    (void)n;
  }
  return {};
}

}  // namespace

Status index_listing(db::Connection& conn, const ListingDocument& document) {
  const std::int64_t doc_id = search_document_id(document.kind, document.id);
  HANSE_TRY_STATUS(remove_document(conn, doc_id));
  HANSE_TRY(auto country, company_country(conn, document.company_id));
  if (document.kind == ListingKind::company)
    HANSE_TRY_STATUS(retag_company_listings(conn, document.company_id, country));

  const std::string kind = to_string(document.kind);
  const auto categories = with_industries(document.categories);
  // Withdrawn offers are under no category (their tags say so too, as a
  // rebuild makes them from search_categories).
  const std::string tags =
      listing_tags(kind, document.offer_kind, country, document.withdrawn ? std::set<std::string>{} : categories);
  std::vector<Value> row = {doc_id,
                            kind,
                            document.id,
                            document.company_id,
                            country,
                            document.title,
                            document.body,
                            tags,
                            document.offer_kind,
                            document.expires_at ? Value(*document.expires_at) : Value(),
                            std::int64_t{document.withdrawn ? 1 : 0}};
  HANSE_TRY(auto inserted,
            conn.execute("INSERT INTO search_documents (id, kind, ref_id, company_id, country, title, body,"
                         " tags, offer_kind, expires_at, withdrawn)"
                         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                         row));
  (void)inserted;
  if (document.withdrawn) return {};  // kept for its owner's sake, listed nowhere
  if (is_sqlite(conn)) {
    Value fts[] = {doc_id, document.title, document.body, tags};
    HANSE_TRY(auto n, conn.execute("INSERT INTO search_fts(rowid, title, body, tags) VALUES ($1, $2, $3, $4)", fts));
    (void)n;
  }
  for (const auto& category : categories) {
    Value listed[] = {category, kind, doc_id, row[9]};
    HANSE_TRY(auto n, conn.execute("INSERT INTO search_categories (category_id, kind, doc_id, expires_at)"
                                   " VALUES ($1, $2, $3, $4)",
                                   listed));
    (void)n;
    if (document.kind == ListingKind::offer) continue;  // offers are counted per page (they expire)
    Value counted[] = {category, kind};
    HANSE_TRY(auto c, conn.execute("INSERT INTO category_counts (category_id, kind, count) VALUES ($1, $2, 1)"
                                   " ON CONFLICT (category_id, kind) DO UPDATE SET count = category_counts.count + 1",
                                   counted));
    (void)c;
  }
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
