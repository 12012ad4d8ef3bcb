// rebuild_listing_index (market/listing_index.h): the whole index from the
// companies, products and offers tables in a few set-based statements, for
// bulk loads such as `hanse demo`. Must produce what index_listing would
// for every listing (same ids, tags, categories and counts).
#include <string>

#include "market/listing_index.h"

namespace hanse::market {
namespace {

struct Dialect {
  std::string industry;      // the industry part of category_id
  std::string has_industry;  // category_id is a sub-category
  std::string tag_list;      // " c<hex>" of each category of the document s.doc_id
  std::string product_body;  // product_search_body of the product p
};

Dialect dialect(db::Backend backend) {
  // The specifications are stored as JSON [["name", "value"], ...] (product_store.h).
  const std::string unit = " || CASE WHEN p.min_order_unit <> '' THEN ";
  if (backend == db::Backend::sqlite)
    return {"substr(category_id, 1, instr(category_id, '/') - 1)", "instr(category_id, '/') > 1",
            "group_concat(' c' || lower(hex(s.category_id)), '')",
            "p.description || coalesce((SELECT group_concat(line, '') FROM"
            " (SELECT char(10) || json_extract(j.value, '$[0]') || ' ' || json_extract(j.value, '$[1]') AS line"
            " FROM json_each(p.specifications) j ORDER BY j.key)), '')" +
                unit + "char(10) || p.min_order_unit ELSE '' END"};
  return {"split_part(category_id, '/', 1)", "position('/' in category_id) > 1",
          "string_agg(' c' || encode(convert_to(s.category_id, 'UTF8'), 'hex'), '' ORDER BY s.category_id COLLATE \"C\")",
          "p.description || coalesce((SELECT string_agg(E'\\n' || (j.value ->> 0) || ' ' || (j.value ->> 1), ''"
          " ORDER BY j.n) FROM jsonb_array_elements(p.specifications::jsonb) WITH ORDINALITY AS j(value, n)), '')" +
              unit + "E'\\n' || p.min_order_unit ELSE '' END"};
}

Status run(db::Connection& conn, const std::string& sql) {
  HANSE_TRY(auto changed, conn.execute(sql));
  (void)changed;
  return {};
}

}  // namespace

Status rebuild_listing_index(db::Connection& conn) {
  const bool sqlite = conn.backend() == db::Backend::sqlite;
  const Dialect d = dialect(conn.backend());
  HANSE_TRY_STATUS(run(conn, "DELETE FROM category_counts"));
  HANSE_TRY_STATUS(run(conn, "DELETE FROM search_categories"));
  HANSE_TRY_STATUS(run(conn, "DELETE FROM search_documents"));

  // Categories first: the documents' tags are made from them.
  HANSE_TRY_STATUS(run(conn, "INSERT INTO search_categories (category_id, kind, doc_id, expires_at)"
                             " SELECT category_id, 'company', company_id * 4, CAST(NULL AS BIGINT) FROM company_industries"));
  HANSE_TRY_STATUS(run(conn, "INSERT INTO search_categories (category_id, kind, doc_id, expires_at)"
                             " SELECT DISTINCT " + d.industry + ", 'company', company_id * 4, CAST(NULL AS BIGINT)"
                             " FROM company_industries WHERE " + d.has_industry +
                             " ON CONFLICT (category_id, kind, doc_id) DO NOTHING"));
  for (const std::string& where : {std::string("1 = 1"), d.has_industry}) {
    const std::string category = where == d.has_industry ? d.industry : "category_id";
    HANSE_TRY_STATUS(run(conn, "INSERT INTO search_categories (category_id, kind, doc_id, expires_at)"
                               " SELECT " + category + ", 'product', id * 4 + 1, CAST(NULL AS BIGINT) FROM products WHERE " + where));
    HANSE_TRY_STATUS(run(conn, "INSERT INTO search_categories (category_id, kind, doc_id, expires_at)"
                               " SELECT " + category + ", 'offer', id * 4 + 2, expires_at FROM offers"
                               " WHERE withdrawn_at IS NULL AND " + where));
  }

  const std::string tags = "coalesce((SELECT " + d.tag_list + " FROM search_categories s WHERE s.doc_id = ";
  const std::string country = "CASE WHEN c.country <> '' THEN ' n' || lower(c.country) ELSE '' END";
  const std::string columns =
      "INSERT INTO search_documents (id, kind, ref_id, company_id, country, title, body, tags, offer_kind,"
      " expires_at, withdrawn) ";
  HANSE_TRY_STATUS(run(conn, columns + "SELECT c.id * 4, 'company', c.id, c.id, c.country, c.name, c.description,"
                                       " 'kcompany' || " + country + " || " + tags + "c.id * 4), ''),"
                                       " '', NULL, 0 FROM companies c"));
  HANSE_TRY_STATUS(run(conn, columns + "SELECT p.id * 4 + 1, 'product', p.id, p.company_id, c.country, p.title, " +
                                       d.product_body + ", 'kproduct' || " + country + " || " + tags +
                                       "p.id * 4 + 1), ''), '', NULL, 0"
                                       " FROM products p JOIN companies c ON c.id = p.company_id"));
  HANSE_TRY_STATUS(run(conn, columns + "SELECT o.id * 4 + 2, 'offer', o.id, o.company_id, c.country, o.title,"
                                       " o.description, 'koffer o' || o.kind || " + country + " || " + tags +
                                       "o.id * 4 + 2), ''), o.kind, o.expires_at,"
                                       " CASE WHEN o.withdrawn_at IS NULL THEN 0 ELSE 1 END"
                                       " FROM offers o JOIN companies c ON c.id = o.company_id"));

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
