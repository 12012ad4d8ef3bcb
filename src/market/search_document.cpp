#include "market/search_document.h"

#include <fmt/format.h>

#include "market/search_tags.h"

namespace hanse::market {
namespace {

// One part of a document's body: a text column, or the specifications
// stored as JSON [["name", "value"], ...] (product_store.h).
struct BodyPart {
  const char* column;
  bool specifications = false;
};

// Where a kind of listing is stored, and which columns make its document.
struct Listing {
  const char* from;        // the listing joined to its company, alias c
  const char* key;         // the listing's id
  const char* company;     // its company's id
  const char* title;
  std::vector<BodyPart> body;
  const char* offer_kind;  // SQL for search_documents.offer_kind, expires_at, withdrawn
  const char* expires_at;
  const char* withdrawn;
  // The listing's categories: a table with a category_id column, the
  // listing's and its company's id in that table, which rows are listed
  // under their category, and whether a listing can be under one industry
  // through more than one category (a company's industries).
  const char* category_table;
  const char* category_key;
  const char* category_company;
  const char* category_listed;
  const char* category_expires_at;
  bool industries_repeat;
};

const Listing& listing(ListingKind kind) {
  static const Listing company{
      .from = "companies c",
      .key = "c.id",
      .company = "c.id",
      .title = "c.name",
      .body = {{"c.description"}, {"c.address"}},
      .offer_kind = "''",
      .expires_at = "CAST(NULL AS BIGINT)",
      .withdrawn = "0",
      .category_table = "company_industries",
      .category_key = "company_id",
      .category_company = "company_id",
      .category_listed = "1 = 1",
      .category_expires_at = "CAST(NULL AS BIGINT)",
      .industries_repeat = true};
  static const Listing product{
      .from = "products p JOIN companies c ON c.id = p.company_id",
      .key = "p.id",
      .company = "p.company_id",
      .title = "p.title",
      .body = {{"p.description"}, {"p.specifications", true}, {"p.min_order_unit"}},
      .offer_kind = "''",
      .expires_at = "CAST(NULL AS BIGINT)",
      .withdrawn = "0",
      .category_table = "products",
      .category_key = "id",
      .category_company = "company_id",
      .category_listed = "1 = 1",
      .category_expires_at = "CAST(NULL AS BIGINT)",
      .industries_repeat = false};
  static const Listing offer{
      .from = "offers o JOIN companies c ON c.id = o.company_id",
      .key = "o.id",
      .company = "o.company_id",
      .title = "o.title",
      .body = {{"o.description"}, {"o.unit"}},
      .offer_kind = "o.kind",
      .expires_at = "o.expires_at",
      .withdrawn = "CASE WHEN o.withdrawn_at IS NULL THEN 0 ELSE 1 END",
      .category_table = "offers",
      .category_key = "id",
      .category_company = "company_id",
      .category_listed = "withdrawn_at IS NULL",
      .category_expires_at = "expires_at",
      .industries_repeat = false};
  switch (kind) {
    case ListingKind::company: return company;
    case ListingKind::product: return product;
    case ListingKind::offer: return offer;
  }
  return product;
}

struct Dialect {
  const char* newline;
  std::string (*industry)(const char* category);      // the industry part of a sub-category's id
  std::string (*is_sub)(const char* category);        // the id is a sub-category's
  std::string (*tag_list)(const std::string& token);  // the tokens of search_categories s, by category
  std::string (*specification_lines)(const char* column);  // "\nname value" for each specification
};

const Dialect& dialect(db::Backend backend) {
  static const Dialect sqlite{
      "char(10)",
      [](const char* c) { return fmt::format("substr({0}, 1, instr({0}, '/') - 1)", c); },
      [](const char* c) { return fmt::format("instr({}, '/') > 1", c); },
      [](const std::string& prefix) {
        return fmt::format("group_concat(' {}' || lower(hex(s.category_id)), '')", prefix);
      },
      [](const char* column) {
        return fmt::format(
            "coalesce((SELECT group_concat(line, '') FROM"
            " (SELECT char(10) || json_extract(j.value, '$[0]') || ' ' || json_extract(j.value, '$[1]')"
            " AS line FROM json_each({}) j ORDER BY j.key)), '')",
            column);
      }};
  static const Dialect postgres{
      "E'\\n'",
      [](const char* c) { return fmt::format("split_part({}, '/', 1)", c); },
      [](const char* c) { return fmt::format("position('/' in {}) > 1", c); },
      [](const std::string& prefix) {
        return fmt::format("string_agg(' {}' || encode(convert_to(s.category_id, 'UTF8'), 'hex'), ''"
                           " ORDER BY s.category_id COLLATE \"C\")",
                           prefix);
      },
      [](const char* column) {
        return fmt::format(
            "coalesce((SELECT string_agg(E'\\n' || (j.value ->> 0) || ' ' || (j.value ->> 1), ''"
            " ORDER BY j.n) FROM jsonb_array_elements({}::jsonb) WITH ORDINALITY AS j(value, n)), '')",
            column);
      }};
  return backend == db::Backend::sqlite ? sqlite : postgres;
}

// The search_documents id (search_document_id) of the listing whose id is
// the SQL expression `id`.
std::string doc_id(ListingKind kind, const char* id) {
  return fmt::format("{} * 4 + {}", id, search_document_id(kind, 0));
}

std::string body(const Dialect& d, const Listing& l) {
  std::string out;
  for (const auto& part : l.body) {
    if (out.empty()) out = part.column;
    else if (part.specifications) out += " || " + d.specification_lines(part.column);
    else out += fmt::format(" || CASE WHEN {0} <> '' THEN {1} || {0} ELSE '' END", part.column, d.newline);
  }
  return out;
}

// The filter tokens of market/search_tags.h, in SQL: the kind, the offer
// kind, the country (ISO codes are letters) and the categories, in order.
std::string tags(const Dialect& d, ListingKind kind, const Listing& l) {
  std::string out = fmt::format("'{}'", kind_token(to_string(kind)));
  if (kind == ListingKind::offer) out += fmt::format(" || ' {}' || {}", offer_kind_token(""), l.offer_kind);
  out += fmt::format(" || CASE WHEN c.country <> '' THEN ' {}' || lower(c.country) ELSE '' END",
                     country_token(""));
  out += fmt::format(" || coalesce((SELECT {} FROM search_categories s WHERE s.doc_id = {}), '')",
                     d.tag_list(category_token("")), doc_id(kind, l.key));
  return out;
}

// " AND <the listing or company is $1>", or "" for all listings.
std::string in_scope(DocumentScope scope, const char* key, const char* company) {
  switch (scope) {
    case DocumentScope::all: return "";
    case DocumentScope::listing: return fmt::format(" AND {} = $1", key);
    case DocumentScope::company: return fmt::format(" AND {} = $1", company);
  }
  return "";
}

}  // namespace

DocumentStatements document_statements(db::Backend backend, ListingKind kind, DocumentScope scope) {
  const Dialect& d = dialect(backend);
  const Listing& l = listing(kind);
  const std::string kind_name = to_string(kind);
  DocumentStatements out;

  // The listing under its category, then under that category's industry.
  const std::string into = "INSERT INTO search_categories (category_id, kind, doc_id, expires_at) ";
  const std::string row = fmt::format("'{}', {}, {} FROM {}", kind_name, doc_id(kind, l.category_key),
                                      l.category_expires_at, l.category_table);
  const std::string listed =
      fmt::format("{}{}", l.category_listed, in_scope(scope, l.category_key, l.category_company));
  out.categories.push_back(
      fmt::format("{}SELECT category_id, {} WHERE category_id <> '' AND {}", into, row, listed));
  out.categories.push_back(fmt::format("{}SELECT {}, {} WHERE {} AND {}{}", into, d.industry("category_id"), row,
                                       d.is_sub("category_id"), listed,
                                       l.industries_repeat ? " ON CONFLICT (category_id, kind, doc_id) DO NOTHING"
                                                           : ""));

  out.document = fmt::format(
      "INSERT INTO search_documents (id, kind, ref_id, company_id, country, title, body, tags, offer_kind,"
      " expires_at, withdrawn) SELECT {}, '{}', {}, {}, c.country, {}, {}, {}, {}, {}, {}"
      " FROM {} WHERE 1 = 1{}",
      doc_id(kind, l.key), kind_name, l.key, l.company, l.title, body(d, l), tags(d, kind, l),
      l.offer_kind, l.expires_at, l.withdrawn, l.from, in_scope(scope, l.key, l.company));
  return out;
}

}  // namespace hanse::market
