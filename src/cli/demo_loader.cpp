#include "cli/demo_loader.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "cli/demo_generator.h"
#include "cli/demo_images.h"
#include "market/image_type.h"
#include "market/listing_index.h"
#include "market/thumbnails.h"
#include "market/upload_store.h"

namespace hanse::cli::demo {
namespace {

using db::Value;

Value nullable(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return std::monostate{};
}

// The rows of one table for one batch, written with multi-row INSERTs.
class TableRows {
 public:
  TableRows(std::string table, std::initializer_list<const char*> columns)
      : m_table(std::move(table)), m_columns(columns.begin(), columns.end()) {}

  template <class... V>
  void add(V&&... values) {
    static_assert(sizeof...(V) > 0);
    (m_values.emplace_back(std::forward<V>(values)), ...);
  }

  std::size_t rows() const { return m_values.size() / m_columns.size(); }

  Status write(db::Connection& conn, std::size_t rows_per_statement) {
    const std::size_t width = m_columns.size();
    const std::size_t total = rows();
    for (std::size_t start = 0; start < total; start += rows_per_statement) {
      const std::size_t n = std::min(rows_per_statement, total - start);
      HANSE_TRY(auto changed, conn.execute(sql_for(n), db::Params(m_values.data() + start * width, n * width)));
      (void)changed;
    }
    m_values.clear();
    return {};
  }

 private:
  const std::string& sql_for(std::size_t n) {
    if (m_sql_rows != n) {
      std::string sql = fmt::format("INSERT INTO {} (", m_table);
      for (std::size_t c = 0; c < m_columns.size(); ++c) sql += fmt::format("{}{}", c ? ", " : "", m_columns[c]);
      sql += ") VALUES ";
      std::size_t param = 1;
      for (std::size_t r = 0; r < n; ++r) {
        sql += r ? ", (" : "(";
        for (std::size_t c = 0; c < m_columns.size(); ++c) sql += fmt::format("{}${}", c ? ", " : "", param++);
        sql += ')';
      }
      m_sql = std::move(sql);
      m_sql_rows = n;
    }
    return m_sql;
  }

  std::string m_table;
  std::vector<const char*> m_columns;
  std::vector<Value> m_values;
  std::string m_sql;
  std::size_t m_sql_rows = 0;
};

// The demo's pictures as upload rows (market/upload_store.h): each picture
// is drawn and added to the batch's uploads the first time a product or
// company uses it, and shared by all later ones. They belong to no member
// (member_id NULL), so erasing a demo account never removes a picture that
// other companies show.
class DemoImages {
 public:
  DemoImages(std::uint64_t seed, std::int64_t first_id, TableRows& uploads)
      : m_seed(seed), m_next_id(first_id), m_uploads(uploads) {}

  Result<std::int64_t> product_photo(const Product& p) {
    const auto key = std::pair{p.type_index, p.image_variant};
    if (auto it = m_photos.find(key); it != m_photos.end()) return it->second;
    HANSE_TRY(auto id, add(product_image(m_seed, product_types()[p.type_index], p.image_variant)));
    m_photos.emplace(key, id);
    return id;
  }

  Result<std::int64_t> logo(const Company& c) {
    const auto key = std::pair{c.logo_initials, c.logo_colour};
    if (auto it = m_logos.find(key); it != m_logos.end()) return it->second;
    HANSE_TRY(auto id, add(logo_image(m_seed, c.logo_initials, c.logo_colour)));
    m_logos.emplace(key, id);
    return id;
  }

  std::int64_t count() const { return static_cast<std::int64_t>(m_photos.size() + m_logos.size()); }

  // Makes the listing-card thumbnails (market/thumbnails.h) of the pictures
  // added since the last call; run after the batch wrote its uploads rows,
  // which the thumbnails reference. Each picture is drawn and shrunk once.
  Status write_thumbnails(db::Connection& conn) {
    for (const auto& [id, png] : m_pending) HANSE_TRY_STATUS(market::make_thumbnails(conn, id, png));
    m_pending.clear();
    return {};
  }

 private:
  Result<std::int64_t> add(const std::string& png) {
    // The same check as every upload: a picture the site would refuse fails the load.
    HANSE_TRY(auto type, market::check_upload(png, market::kMaxUploadBytes));
    const std::int64_t id = m_next_id++;
    m_uploads.add(id, std::monostate{}, std::string(market::content_type(type)),
                  static_cast<std::int64_t>(png.size()), market::upload_data(png), kBaseTime);
    m_pending.emplace_back(id, png);
    return id;
  }

  std::uint64_t m_seed;
  std::int64_t m_next_id;
  TableRows& m_uploads;
  std::vector<std::pair<std::int64_t, std::string>> m_pending;  // pictures without thumbnails yet
  std::map<std::pair<std::size_t, int>, std::int64_t> m_photos;
  std::map<std::pair<std::string, int>, std::int64_t> m_logos;
};

Result<std::int64_t> next_id(db::Connection& conn, const char* table) {
  HANSE_TRY(auto row, conn.query_one(fmt::format("SELECT COALESCE(MAX(id), 0) + 1 FROM {}", table)));
  return row.integer(0);
}

// For the load only: no fsync, no foreign-key checks (the generator's ids
// are consistent), a 1 GB page cache, and a rollback journal in memory
// instead of the write-ahead log, which would write every page twice.
Status set_pragmas(db::Connection& conn, bool loading) {
  const char* statements_loading[] = {"PRAGMA foreign_keys=OFF", "PRAGMA synchronous=OFF",
                                      "PRAGMA cache_size=-1048576", "PRAGMA temp_store=MEMORY",
                                      "PRAGMA journal_mode=MEMORY"};
  const char* statements_done[] = {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-2000",
                                   "PRAGMA temp_store=DEFAULT"};
  for (const char* sql : loading ? statements_loading : statements_done)
    HANSE_TRY_STATUS(conn.execute_script(sql));
  return {};
}

}  // namespace

Result<LoadCounts> load(db::Connection& conn, const market::CategoryTree& categories,
                        const LoadOptions& options,
                        const std::function<void(std::int64_t)>& progress) {
  const bool sqlite = conn.backend() == db::Backend::sqlite;
  const auto tree = categories.industries();
  const bool has_products = std::any_of(tree.begin(), tree.end(), [](const market::Category* i) {
    return std::any_of(i->children.begin(), i->children.end(),
                       [](const std::string& sub) { return subcategory(sub) != nullptr; });
  });
  if (!has_products)
    return fail(ErrorKind::invalid_input,
                "no sub-category of the category file has demo products (cli/demo_product_types.cpp)");
  FirstIds first;
  HANSE_TRY(first.member, next_id(conn, "members"));
  HANSE_TRY(first.company, next_id(conn, "companies"));
  HANSE_TRY(first.product, next_id(conn, "products"));
  HANSE_TRY(first.offer, next_id(conn, "offers"));
  HANSE_TRY(first.inquiry, next_id(conn, "inquiries"));
  HANSE_TRY(first.message, next_id(conn, "inquiry_messages"));
  HANSE_TRY(auto first_upload, next_id(conn, "uploads"));

  // SQLite binds $N by name, which costs more per parameter the more a
  // statement has; a few rows per statement is its sweet spot. PostgreSQL
  // pays a round trip per statement instead.
  const std::size_t per_statement = sqlite ? 8 : 200;

  TableRows members("members", {"id", "email", "name", "phone", "address", "country", "company_name",
                                "company_address", "password_hash", "created_at", "updated_at",
                                "policy_version", "collected_on", "public_name", "public_title"});
  TableRows uploads("uploads", {"id", "member_id", "content_type", "size", "data", "created_at"});
  TableRows companies("companies", {"id", "slug", "name", "address", "country", "year_founded",
                                    "description", "website", "logo_upload_id", "policy_version",
                                    "created_at", "updated_at"});
  TableRows company_members("company_members", {"member_id", "company_id", "role", "joined_at"});
  TableRows industries("company_industries", {"company_id", "category_id"});
  TableRows products("products", {"id", "company_id", "category_id", "title", "description",
                                  "specifications", "min_order_quantity", "min_order_unit",
                                  "price_min_cents", "price_max_cents", "currency", "created_at",
                                  "updated_at"});
  TableRows offers("offers", {"id", "company_id", "member_id", "kind", "category_id", "title",
                              "description", "quantity", "unit", "target_price_cents", "currency",
                              "created_at", "expires_at"});
  TableRows photos("product_photos", {"product_id", "position", "upload_id"});
  TableRows inquiries("inquiries", {"id", "supplier_company_id", "buyer_member_id", "buyer_company_id",
                                    "product_id", "subject", "created_at", "last_message_at"});
  TableRows messages("inquiry_messages", {"id", "inquiry_id", "member_id", "from_supplier", "body",
                                          "created_at"});

  if (sqlite) HANSE_TRY_STATUS(set_pragmas(conn, true));
  Generator generator(options.seed, categories, first, options.now);
  DemoImages images(options.seed, first_upload, uploads);
  LoadCounts counts;
  auto run = [&]() -> Status {
    while (counts.companies < options.companies) {
      const std::int64_t batch = std::min(options.batch_companies, options.companies - counts.companies);
      for (std::int64_t k = 0; k < batch; ++k) {
        CompanyBundle b = generator.next();
        const Company& c = b.company;
        HANSE_TRY(auto logo, images.logo(c));
        companies.add(c.id, c.slug, c.name, c.address, c.country, c.year_founded, c.description,
                      c.website, logo, std::int64_t{1}, c.created_at, c.created_at);
        for (const std::string& category : c.industries) industries.add(c.id, category);
        for (Member& m : b.members) {
          members.add(m.id, std::move(m.email), std::move(m.name), std::move(m.phone),
                      std::move(m.address), std::move(m.country), std::move(m.company_name),
                      std::move(m.company_address), options.password_hash, m.created_at,
                      m.created_at, std::int64_t{1}, std::string("hanse demo"),
                      std::move(m.public_name), std::move(m.public_title));
          company_members.add(m.id, c.id, std::move(m.role), m.joined_at);
        }
        for (Product& p : b.products) {
          HANSE_TRY(auto photo, images.product_photo(p));
          photos.add(p.id, std::int64_t{0}, photo);
          products.add(p.id, c.id, std::move(p.category_id), std::move(p.title),
                       std::move(p.description), std::move(p.specifications),
                       nullable(p.min_order_quantity), std::move(p.min_order_unit),
                       nullable(p.price_min_cents), nullable(p.price_max_cents),
                       std::move(p.currency), p.created_at, p.created_at);
        }
        for (Offer& o : b.offers)
          offers.add(o.id, c.id, o.member_id, std::move(o.kind), std::move(o.category_id),
                     std::move(o.title), std::move(o.description), o.quantity, std::move(o.unit),
                     nullable(o.target_price_cents), std::move(o.currency), o.created_at,
                     o.expires_at);
        for (Inquiry& q : b.inquiries) {
          inquiries.add(q.id, c.id, q.buyer_member_id, q.buyer_company_id, q.product_id,
                        std::move(q.subject), q.created_at, q.last_message_at);
          for (Message& m : q.messages)
            messages.add(m.id, q.id, m.member_id, std::int64_t{m.from_supplier ? 1 : 0},
                         std::move(m.body), m.created_at);
        }
      }
      counts.members += static_cast<std::int64_t>(members.rows());
      counts.products += static_cast<std::int64_t>(products.rows());
      counts.offers += static_cast<std::int64_t>(offers.rows());
      counts.inquiries += static_cast<std::int64_t>(inquiries.rows());
      counts.messages += static_cast<std::int64_t>(messages.rows());
      counts.images = images.count();
      // Parents before children: PostgreSQL checks foreign keys per statement.
      HANSE_TRY_STATUS(conn.begin());
      for (TableRows* table : {&uploads, &members, &companies, &company_members, &industries, &products,
                               &photos, &offers, &inquiries, &messages}) {
        if (auto written = table->write(conn, per_statement); !written) {
          (void)conn.rollback();
          return written;
        }
      }
      if (auto made = images.write_thumbnails(conn); !made) {
        (void)conn.rollback();
        return made;
      }
      HANSE_TRY_STATUS(conn.commit());
      counts.companies += batch;
      if (progress) progress(counts.companies);
    }

    if (!sqlite) {
      // Rows were written with their ids; move the id sequences past them.
      for (const char* table : {"uploads", "members", "companies", "products", "offers", "inquiries", "inquiry_messages"})
        HANSE_TRY_STATUS(conn.query_one(fmt::format(
            "SELECT setval(pg_get_serial_sequence('{0}', 'id'), (SELECT MAX(id) FROM {0}))", table)));
    }
    HANSE_TRY_STATUS(conn.begin());
    if (auto rebuilt = market::rebuild_listing_index(conn); !rebuilt) {
      (void)conn.rollback();
      return rebuilt;
    }
    HANSE_TRY_STATUS(conn.commit());
    // Statistics for the query planner; on SQLite from a sample of each
    // index (a full ANALYZE reads every row of every index).
    HANSE_TRY_STATUS(conn.execute_script(sqlite ? "PRAGMA analysis_limit=1000; ANALYZE" : "ANALYZE"));
    return {};
  };
  Status result = run();
  if (sqlite) {
    auto restored = set_pragmas(conn, false);
    if (result && !restored) result = restored;
  }
  if (!result) return std::unexpected<Error>(result.error());
  return counts;
}

}  // namespace hanse::cli::demo
