// Writes the demo marketplace (cli/demo_generator.h) into the database in
// batches: one transaction per batch of companies, multi-row INSERTs, then
// one rebuild of the search index and category counts. Every product has a
// photo and every company a logo, shared pictures stored once as uploads
// (cli/demo_images.h). Fast enough for a million companies (about five
// million products) on SQLite.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/result.h"
#include "db/database.h"
#include "market/categories.h"

namespace hanse::cli::demo {

struct LoadOptions {
  std::int64_t companies = 10000;
  std::uint64_t seed = 1;
  std::int64_t now = 0;               // offers expire 1-90 days after this
  std::int64_t batch_companies = 10000;  // companies per transaction
  std::string password_hash;          // shared by every demo account
};

struct LoadCounts {
  std::int64_t companies = 0, members = 0, products = 0, offers = 0, inquiries = 0, messages = 0;
  std::int64_t images = 0;  // distinct pictures stored (product photos and logos, shared)
};

// Loads the demo data through `conn` (outside any transaction). On SQLite
// it relaxes durability and foreign-key checks for the load only (a crash
// mid-way can leave a partial load; delete the database and run again).
// `progress` is called after each batch with the companies written so far.
// Errors: database errors.
Result<LoadCounts> load(db::Connection& conn, const market::CategoryTree& categories,
                        const LoadOptions& options,
                        const std::function<void(std::int64_t)>& progress = {});

}  // namespace hanse::cli::demo
