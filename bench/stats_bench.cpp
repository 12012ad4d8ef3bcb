// Cost of recording one request in the statistics (stats/recorder.h, SPEC
// P-9) on the calling thread: a page view from a browser (classification,
// the visitor key, the counters) without (/0) and with (/1) the country
// lookup in Debian's GeoIP database, and a request that is not a page view.
// Flushing happens on another thread and is not measured here.
// Run: build/hanse_bench --benchmark_filter=Stats
#include <benchmark/benchmark.h>

#include <filesystem>
#include <stdexcept>

#include "db/migrations.h"
#include "stats/recorder.h"

namespace {

constexpr std::string_view kAgent =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

struct StatsFixture {
  std::filesystem::path file = std::filesystem::temp_directory_path() / "hanse_stats_bench.db";
  std::unique_ptr<hanse::db::Database> db;
  hanse::Clock clock;

  StatsFixture() {
    for (const char* ending : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + ending);
    auto opened = hanse::db::open_database("sqlite:" + file.string(), 2);
    if (!opened) throw std::runtime_error(opened.error().message);
    db = std::move(*opened);
    if (!hanse::db::migrate(*db)) throw std::runtime_error("migration failed");
  }
  ~StatsFixture() {
    db.reset();
    for (const char* ending : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + ending);
  }
};

StatsFixture& stats_fixture() {
  static StatsFixture f;
  return f;
}

void BM_StatsRecordView(benchmark::State& state) {
  auto& f = stats_fixture();
  hanse::stats::RecorderSettings settings{std::chrono::seconds(5), "hanse.example", nullptr};
  if (state.range(0) != 0) {
    settings.countries = hanse::stats::CountryLookup::open("/usr/share/GeoIP");
    if (!settings.countries) {
      state.SkipWithError("no GeoIP database in /usr/share/GeoIP");
      return;
    }
  }
  hanse::stats::Recorder recorder(*f.db, f.clock, {{"/", "home"}, {"/company/{id}", "company"}}, settings);
  const hanse::stats::Hit hit{.at = f.clock.now(), .status = 200, .page = 1, .user_agent = kAgent,
                              .referer = {}, .host = "127.0.0.1:8080", .remote_address = "81.169.145.105"};
  recorder.record(hit);  // loads the day's salt
  for (auto _ : state) recorder.record(hit);
  (void)recorder.flush();
}
BENCHMARK(BM_StatsRecordView)->Arg(0)->Arg(1);

void BM_StatsRecordRequest(benchmark::State& state) {
  auto& f = stats_fixture();
  hanse::stats::Recorder recorder(*f.db, f.clock, {{"/", "home"}}, {std::chrono::seconds(5), "hanse.example", nullptr});
  const hanse::stats::Hit hit{.at = f.clock.now(), .status = 404, .page = -1, .user_agent = kAgent,
                              .referer = {}, .host = "127.0.0.1:8080", .remote_address = "127.0.0.1"};
  for (auto _ : state) recorder.record(hit);
  (void)recorder.flush();
}
BENCHMARK(BM_StatsRecordRequest);

}  // namespace
