// Reads that may be served by a PostgreSQL read replica (R-2,
// database.replica_url): the public pages a visitor sees. Writes, and
// everything a signed-in member sees, stay on the primary (the callers
// decide which reads come here).
//
// A read goes to the replica only when
//   - the replica is up: a read that fails there (unavailable, or an internal
//     error such as a query cancelled for a conflict with recovery) is run
//     again on the primary; when unavailable, the replica is left alone for
//     a second; and
//   - it has replayed every change this server knows of: changed_at(LSN)
//     notes the primary's WAL position after each change made here or heard
//     from another server (db/change_feed.h), and the replica's replay
//     position (pg_last_wal_replay_lsn()) is asked for only while it is
//     known to be behind. Until it caught up, reads go to the primary, so a
//     page is never older than the caches this server keeps would allow
//     without a replica (and a cache dropped for a change is not filled again
//     from a replica that has not seen the change).
// Opening the replica may fail at start-up: reads then go to the primary and
// it is tried again every second.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "db/database.h"

namespace hanse::db {

// "16/B374D848" (pg_lsn as text) as a number; nullopt when not an LSN.
std::optional<std::uint64_t> parse_lsn(std::string_view text);

class Replica {
 public:
  // A replica at url (postgres://...) for primary, pool_size connections.
  // The primary's current WAL position is noted first: the replica is used
  // once it has replayed that far.
  Replica(Database& primary, std::string url, int pool_size);

  // The primary's WAL reached lsn with a change (0: unknown, ignored).
  void changed_at(std::uint64_t lsn);

  // Runs fn as Database::read on the replica when it may serve it, else (or
  // when the replica turns out to be unavailable) on the primary.
  template <class F>
  auto read(F&& fn) -> decltype(fn(std::declval<Connection&>()));

  // Reads served by each so far (tests, the log).
  std::uint64_t reads_on_replica() const { return m_on_replica.load(); }
  std::uint64_t reads_on_primary() const { return m_on_primary.load(); }

 private:
  // The replica when it is up and caught up, else nullptr.
  Database* pick();
  // Opens the replica's pool if that was not done yet (at most once a second).
  Database* opened();
  void mark_down(const Error& error);

  Database& m_primary;
  const std::string m_url;  // may hold a password: never logged
  const std::string m_label;
  const int m_pool_size;
  std::mutex m_open_mutex;
  std::unique_ptr<Database> m_replica;       // set once, under m_open_mutex
  std::atomic<Database*> m_ready{nullptr};  // m_replica once opened
  std::atomic<std::int64_t> m_retry_at_ms{0};  // steady clock: the replica is left alone before
  std::atomic<bool> m_down_reported{false};
  std::atomic<std::uint64_t> m_needed{0};    // the newest change noted
  std::atomic<std::uint64_t> m_replayed{0};  // the replica's replay position last seen
  std::atomic<std::uint64_t> m_on_replica{0};
  std::atomic<std::uint64_t> m_on_primary{0};
};

template <class F>
auto Replica::read(F&& fn) -> decltype(fn(std::declval<Connection&>())) {
  if (Database* replica = pick()) {
    auto result = replica->read(fn);
    // internal: e.g. a query cancelled for a conflict with recovery.
    if (result || (result.error().kind != ErrorKind::unavailable && result.error().kind != ErrorKind::internal)) {
      m_on_replica.fetch_add(1);
      return result;
    }
    if (result.error().kind == ErrorKind::unavailable) mark_down(result.error());
  }
  m_on_primary.fetch_add(1);
  return m_primary.read(fn);
}

}  // namespace hanse::db
