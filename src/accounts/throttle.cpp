#include "accounts/throttle.h"

#include <algorithm>

namespace hanse::accounts {

using db::Value;

Result<std::int64_t> blocked_for(db::Connection& conn, const std::string& key, std::int64_t now) {
  const Value params[] = {key};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT blocked_until FROM signin_throttle WHERE throttle_key = $1", params));
  if (!row) return std::int64_t{0};
  return std::max<std::int64_t>(0, row->integer(0) - now);
}

namespace {

// Counts one failure of key and returns the time it is blocked until (0:
// not blocked). The count is raised in one statement, so that requests
// counted at the same moment by several connections or instances are
// all counted: reading the count and writing it back in two statements let
// two of them write the same number. The upsert also locks the row until
// the caller's transaction ends, if any.
Result<std::int64_t> count_failure(db::Connection& conn, const std::string& key, std::int64_t now,
                                   const ThrottleRule& rule) {
  const Value count_params[] = {key, now, rule.window_seconds};
  HANSE_TRY(auto row, conn.query_one(
      "INSERT INTO signin_throttle (throttle_key, failures, first_failure_at, blocked_until)"
      " VALUES ($1, 1, $2, 0) ON CONFLICT (throttle_key) DO UPDATE SET"
      " failures = CASE WHEN $2 - signin_throttle.first_failure_at < $3"
      " THEN signin_throttle.failures + 1 ELSE 1 END,"
      " first_failure_at = CASE WHEN $2 - signin_throttle.first_failure_at < $3"
      " THEN signin_throttle.first_failure_at ELSE $2 END"
      " RETURNING failures", count_params));
  const std::int64_t failures = row.integer(0);
  std::int64_t blocked_until = 0;
  if (failures > rule.max_failures) {
    auto excess = std::min<std::int64_t>(failures - rule.max_failures - 1, 20);
    blocked_until = now + std::min(rule.first_block_seconds << excess, rule.max_block_seconds);
  }
  const Value block_params[] = {key, blocked_until};
  HANSE_TRY_STATUS(conn.execute(
      "UPDATE signin_throttle SET blocked_until = $2 WHERE throttle_key = $1", block_params));
  return blocked_until;
}

}  // namespace

Status record_failure(db::Connection& conn, const std::string& key, std::int64_t now,
                      const ThrottleRule& rule) {
  HANSE_TRY_STATUS(count_failure(conn, key, now, rule));
  return {};
}

Result<std::int64_t> count_attempt(db::Connection& conn, const std::string& key, std::int64_t now,
                                   const ThrottleRule& rule) {
  HANSE_TRY(auto blocked_until, count_failure(conn, key, now, rule));
  return std::max<std::int64_t>(0, blocked_until - now);
}

Status clear_failures(db::Connection& conn, const std::string& key) {
  const Value params[] = {key};
  HANSE_TRY_STATUS(conn.execute("DELETE FROM signin_throttle WHERE throttle_key = $1", params));
  return {};
}

}  // namespace hanse::accounts
