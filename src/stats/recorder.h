// Recording of anonymous site statistics (SPEC P-9), on every request at
// next to no cost: the pipeline hands each request to record(), which
// classifies the client and adds to counters of the calling thread's own
// shard (one uncontended lock); a background thread flushes every shard in
// one transaction every few seconds (stats.flush_seconds) and once more
// when stop() is called on graceful shutdown. So SIGTERM loses nothing; a
// crash loses at most what was recorded since the last flush.
//
// What reaches the database (stats_counts, stats_visitors): per UTC day,
// counts by section and page (route pattern), status class, browser family
// and major version, device class, country (when a GeoIP database is
// installed) and another site's domain, and for each
// distinct visitor a keyed hash of (the day's salt, address, user agent)
// that is deleted with the salt after 48 hours (stats/salts.h). The
// address, the user agent, any account, session or cookie never do.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "stats/client_class.h"
#include "stats/country.h"
#include "stats/days.h"
#include "stats/salts.h"

namespace hanse::stats {

// A page of the site as statistics name it: the route's pattern
// ("/company/{id}") and its section ("company").
struct PageName {
  std::string pattern;
  std::string section;
};

// One request, as the pipeline sees it once it is answered. The views must
// stay valid during record() only.
struct Hit {
  std::int64_t at = 0;  // Unix seconds, the site's clock
  int status = 0;
  // The page viewed: an index into the recorder's pages for a GET of a
  // route; -1 for every other request (counted in 'requests' and 'status'
  // only).
  int page = -1;
  std::string_view user_agent;
  std::string_view referer;
  std::string_view host;            // the request's Host header
  std::string_view remote_address;  // only ever an input of the visitor key
};

struct RecorderSettings {
  std::chrono::milliseconds flush_interval{5000};
  std::string own_host;  // the configured base URL's host: referrals from it are internal
  // The country of a view's address (stats/country.h); null: none recorded.
  std::shared_ptr<const CountryLookup> countries;
};

class Recorder {
 public:
  Recorder(db::Database& db, const Clock& clock, std::vector<PageName> pages, RecorderSettings settings);
  ~Recorder();
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  // Counts one request. Thread-safe; never blocks on the database except
  // for the first visitor of a day whose salt no flush has loaded yet.
  void record(const Hit& hit);

  // Writes everything recorded so far in one transaction, then destroys
  // the salts and visitor keys older than 48 hours and loads today's salt.
  // On a database error the counts are kept for the next flush (and the
  // error returned). Thread-safe; flushes run one at a time.
  Status flush();

  // Starts the thread that flushes every flush_interval.
  void start();
  // Stops that thread and flushes a last time (graceful shutdown, R-4).
  // Returns that flush's result.
  Status stop();

  SaltBook& salts() { return m_salts; }

 private:
  struct DayCounts {
    std::uint64_t requests = 0;
    std::uint64_t views = 0;
    std::vector<std::uint64_t> pages;        // by page index
    std::array<std::uint64_t, 6> status{};   // by status / 100; [0] anything else
    std::unordered_map<std::uint32_t, std::uint64_t> browsers;  // family << 16 | major
    std::array<std::uint64_t, kDevices> devices{};
    std::unordered_map<std::string, std::uint64_t> referrers;
    std::unordered_map<std::uint16_t, std::uint64_t> countries;  // packed code (CountryLookup)
    std::unordered_set<std::uint64_t> visitors;
  };
  struct Shard {
    std::mutex mutex;
    std::map<Day, DayCounts> days;
    Day salt_day = -1;  // the day of `salt`; -1: none
    SaltKey salt{};
    std::string last_user_agent;  // one-entry cache of classify_user_agent
    ClientClass last_class;
  };
  // Counts merged from shards and not yet written: ((day, dimension, value) -> count).
  struct Pending {
    std::map<std::tuple<Day, std::string, std::string>, std::uint64_t> counts;
    std::map<Day, std::unordered_set<std::uint64_t>> visitors;
    bool empty() const { return counts.empty() && visitors.empty(); }
  };

  Shard& my_shard();
  void merge(Day day, DayCounts& counts, Pending& into) const;
  Status write(const Pending& pending);
  void run(std::stop_token stop);

  db::Database& m_db;
  const Clock& m_clock;
  std::vector<PageName> m_pages;
  RecorderSettings m_settings;
  SaltBook m_salts;
  const std::uint64_t m_id;  // tells this recorder's shards from another's in thread-local caches

  std::mutex m_shards_mutex;
  std::vector<std::unique_ptr<Shard>> m_shards;

  std::mutex m_flush_mutex;
  Pending m_pending;

  std::jthread m_thread;
};

}  // namespace hanse::stats
