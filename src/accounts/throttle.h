// Sign-in rate limits (P-6): failures are counted per key ("ip:ADDR",
// "account:EMAIL") in the database, so that every instance behind a load
// balancer sees the same counts. Past the allowed failures the key is
// blocked, for twice as long at each further failure.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "db/database.h"

namespace hanse::accounts {

struct ThrottleRule {
  int max_failures = 5;                   // failures allowed within the window
  std::int64_t window_seconds = 15 * 60;  // failures older than this are forgotten
  std::int64_t first_block_seconds = 30;  // doubled at each further failure
  std::int64_t max_block_seconds = 15 * 60;
};

// Seconds the key stays blocked (0: not blocked).
Result<std::int64_t> blocked_for(db::Connection& conn, const std::string& key, std::int64_t now);

// Counts a failure; blocks the key once rule.max_failures is exceeded.
Status record_failure(db::Connection& conn, const std::string& key, std::int64_t now,
                      const ThrottleRule& rule);

// Counts one attempt (a failure, or a creation under a rate limit) and
// returns the seconds the key is blocked for now (0: this attempt is
// allowed). Runs on the caller's connection, in its transaction if any.
Result<std::int64_t> count_attempt(db::Connection& conn, const std::string& key, std::int64_t now,
                                   const ThrottleRule& rule);

// Forgets a key's failures (after a successful sign-in).
Status clear_failures(db::Connection& conn, const std::string& key);

}  // namespace hanse::accounts
