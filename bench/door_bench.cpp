// Cost of the run-time door (privacy/door.h) per statement on SQLite: a
// cached statement reading public columns (what visitors' pages run) and one
// reading personal columns inside an OwnerRead (what a member's own pages
// run), each without the door (/0) and with it (/1).
// Run: build/hanse_bench --benchmark_filter=Door
#include <benchmark/benchmark.h>

#include <filesystem>
#include <stdexcept>

#include "core/config.h"
#include "db/migrations.h"
#include "privacy/door.h"
#include "privacy/policy.h"

namespace {

using hanse::db::Value;

struct Fixture {
  std::filesystem::path file = std::filesystem::temp_directory_path() / "hanse_door_bench.db";
  std::unique_ptr<hanse::privacy::PolicyBook> book;
  std::unique_ptr<hanse::db::Database> db;

  Fixture() {
    for (const char* ending : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + ending);
    auto config = hanse::load_config({});
    if (!config) throw std::runtime_error(config.error().message);
    auto opened_book = hanse::privacy::PolicyBook::open(config->policy.dir);
    if (!opened_book) throw std::runtime_error(opened_book.error().message);
    book = std::move(*opened_book);
    auto opened = hanse::db::open_database("sqlite:" + file.string(), 1);
    if (!opened) throw std::runtime_error(opened.error().message);
    db = std::move(*opened);
    if (!hanse::db::migrate(*db)) throw std::runtime_error("migration failed");
    auto lease = db->acquire();
    auto seeded = (*lease)->execute_script(
        "INSERT INTO members (id, email, name, phone, address, country, company_name, company_address,"
        " password_hash, created_at, updated_at) VALUES (1, 'anna@example.com', 'Anna', '', '', 'DE',"
        " '', '', 'x', 0, 0);"
        "INSERT INTO companies (id, slug, name, country, created_at, updated_at)"
        " VALUES (1, 'acme', 'Acme', 'DE', 0, 0);");
    if (!seeded) throw std::runtime_error(seeded.error().message);
  }
  ~Fixture() {
    db.reset();
    for (const char* ending : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + ending);
  }

  void door(bool on) { db->set_column_guard(on ? hanse::privacy::make_door(*book) : nullptr); }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void run(benchmark::State& state, const char* sql) {
  auto& f = fixture();
  f.door(state.range(0) != 0);
  auto lease = f.db->acquire();
  if (!lease) throw std::runtime_error(lease.error().message);
  const Value params[] = {std::int64_t{1}};
  for (auto _ : state) {
    auto rows = (*lease)->query(sql, params);
    if (!rows) throw std::runtime_error(rows.error().message);
    benchmark::DoNotOptimize(rows);
  }
}

void BM_DoorPublicStatement(benchmark::State& state) {
  run(state, "SELECT id, slug, name, address, country, description, website FROM companies WHERE id = $1");
}
BENCHMARK(BM_DoorPublicStatement)->Arg(0)->Arg(1);

void BM_DoorPersonalStatementInScope(benchmark::State& state) {
  hanse::privacy::OwnerRead scope("benchmark: a member's own record");
  run(state, "SELECT id, email, name, phone, address, country FROM members WHERE id = $1");
}
BENCHMARK(BM_DoorPersonalStatementInScope)->Arg(0)->Arg(1);

}  // namespace
