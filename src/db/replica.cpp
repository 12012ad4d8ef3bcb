#include "db/replica.h"

#include <charconv>

#include <spdlog/spdlog.h>

#include "db/postgres_database.h"

namespace hanse::db {
namespace {

constexpr std::int64_t kRetryMs = 1000;

std::int64_t steady_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Raises target to value unless it is already higher.
void raise(std::atomic<std::uint64_t>& target, std::uint64_t value) {
  std::uint64_t seen = target.load();
  while (seen < value && !target.compare_exchange_weak(seen, value)) {
  }
}

// The current position of the primary's WAL (inserted, so that it is at or
// past every commit made so far, written out or not).
std::optional<std::uint64_t> primary_position(Database& primary) {
  auto lease = primary.acquire();
  if (!lease) return std::nullopt;
  auto row = (*lease)->query_one("SELECT pg_current_wal_insert_lsn()::text");
  if (!row) return std::nullopt;
  return parse_lsn(row->text(0));
}

}  // namespace

std::optional<std::uint64_t> parse_lsn(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == text.size()) return std::nullopt;
  std::uint32_t high = 0, low = 0;
  auto h = std::from_chars(text.data(), text.data() + slash, high, 16);
  auto l = std::from_chars(text.data() + slash + 1, text.data() + text.size(), low, 16);
  if (h.ec != std::errc() || h.ptr != text.data() + slash || l.ec != std::errc() ||
      l.ptr != text.data() + text.size())
    return std::nullopt;
  return (static_cast<std::uint64_t>(high) << 32) | low;
}

Replica::Replica(Database& primary, std::string url, int pool_size)
    : m_primary(primary), m_url(std::move(url)), m_label(redact_postgres_url(m_url)), m_pool_size(pool_size) {
  // Unknown (the primary is unreachable): the replica is asked once.
  if (auto now = primary_position(primary)) m_needed.store(*now);
  opened();
}

void Replica::changed_at(std::uint64_t lsn) {
  if (lsn != 0) raise(m_needed, lsn);
}

Database* Replica::opened() {
  if (Database* ready = m_ready.load()) return ready;
  if (steady_ms() < m_retry_at_ms.load()) return nullptr;
  std::lock_guard lock(m_open_mutex);
  if (Database* ready = m_ready.load()) return ready;
  if (steady_ms() < m_retry_at_ms.load()) return nullptr;
  auto db = open_database(m_url, m_pool_size);
  if (!db) {
    mark_down(db.error());
    return nullptr;
  }
  m_replica = std::move(*db);
  m_ready.store(m_replica.get());
  spdlog::info("read replica: {} opened", m_label);
  return m_replica.get();
}

void Replica::mark_down(const Error& error) {
  m_retry_at_ms.store(steady_ms() + kRetryMs);
  // A replica started again replays from its last restart point: what it
  // had replayed before is asked again.
  m_replayed.store(0);
  if (!m_down_reported.exchange(true))
    spdlog::warn("read replica: {} unavailable, reading from the primary: {}", m_label, error.message);
}

Database* Replica::pick() {
  if (steady_ms() < m_retry_at_ms.load()) return nullptr;
  Database* replica = opened();
  if (!replica) return nullptr;
  const std::uint64_t needed = m_needed.load();
  if (m_replayed.load() < needed || needed == 0) {
    auto lease = replica->acquire();
    if (!lease) {
      mark_down(lease.error());
      return nullptr;
    }
    auto row = (*lease)->query_one("SELECT pg_last_wal_replay_lsn()::text");
    if (!row) {
      if (row.error().kind == ErrorKind::unavailable) mark_down(row.error());
      return nullptr;
    }
    // NULL: not in recovery (the URL names a primary): nothing to wait for.
    const auto replayed = row->is_null(0) ? std::optional<std::uint64_t>(UINT64_MAX) : parse_lsn(row->text(0));
    if (!replayed) return nullptr;
    raise(m_replayed, *replayed);
    if (needed == 0) raise(m_needed, 1);  // the primary was unknown at start: asked once
    if (*replayed < needed) return nullptr;
  }
  if (m_down_reported.exchange(false)) spdlog::info("read replica: {} serves reads again", m_label);
  return replica;
}

}  // namespace hanse::db
