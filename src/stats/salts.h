// The daily salts of visitor keys (SPEC P-9). A day's salt is random, made
// by whichever instance first needs it and shared through the database by
// every instance (so one visitor counts once however many instances serve
// them), and destroyed 48 hours after its day began together with that
// day's visitor keys, leaving only the day's count of visitors.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "stats/days.h"

namespace hanse::stats {

using SaltKey = std::array<unsigned char, 16>;  // a crypto_shorthash key

class SaltBook {
 public:
  explicit SaltBook(db::Database& db) : m_db(db) {}

  // The salt of `day`: from memory, else read from the database, else made,
  // stored and read back (another instance may have stored one first; its
  // wins). Refuses (ErrorKind::invalid_input) a day before yesterday (of `now`),
  // whose salt is destroyed. Errors: whatever the database reports.
  Result<SaltKey> key_for(Day day, std::int64_t now);

  // Destroys the salts and visitor keys of every day before `today - 1`:
  // per day, in one transaction, the visitor keys are deleted and their
  // number added to stats_counts ('visitors'), then the salt is deleted.
  // Also forgets those salts in memory. Safe when several instances do it at
  // once (the deletion's row count is what is added). Returns the days closed.
  // Errors: whatever the database reports (memory is cleared regardless).
  Result<std::vector<Day>> destroy_before(Day today);

  // The days whose salt this process holds in memory (for tests).
  std::vector<Day> days_in_memory() const;

 private:
  db::Database& m_db;
  mutable std::mutex m_mutex;
  std::map<Day, SaltKey> m_keys;
};

// The visitor key of a client on the day of `key`: SipHash-2-4 keyed by the
// salt over the address and user agent (at most its first 1024 bytes), as
// 16 hex digits. The inputs are never stored.
std::uint64_t visitor_key(const SaltKey& key, std::string_view remote_address, std::string_view user_agent);
std::string visitor_key_hex(std::uint64_t key);

}  // namespace hanse::stats
