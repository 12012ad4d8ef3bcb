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

Status record_failure(db::Connection& conn, const std::string& key, std::int64_t now,
                      const ThrottleRule& rule) {
  const Value key_param[] = {key};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT failures, first_failure_at FROM signin_throttle WHERE throttle_key = $1", key_param));
  std::int64_t failures = 1;
  std::int64_t first = now;
  if (row && now - row->integer(1) < rule.window_seconds) {
    failures = row->integer(0) + 1;
    first = row->integer(1);
  }
  std::int64_t blocked_until = 0;
  if (failures > rule.max_failures) {
    auto excess = std::min<std::int64_t>(failures - rule.max_failures - 1, 20);
    blocked_until = now + std::min(rule.first_block_seconds << excess, rule.max_block_seconds);
  }
  const Value params[] = {key, failures, first, blocked_until};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO signin_throttle (throttle_key, failures, first_failure_at, blocked_until)"
      " VALUES ($1, $2, $3, $4) ON CONFLICT (throttle_key) DO UPDATE SET failures = $2,"
      " first_failure_at = $3, blocked_until = $4", params));
  return {};
}

Result<std::int64_t> count_attempt(db::Connection& conn, const std::string& key, std::int64_t now,
                                   const ThrottleRule& rule) {
  HANSE_TRY_STATUS(record_failure(conn, key, now, rule));
  return blocked_for(conn, key, now);
}

Status clear_failures(db::Connection& conn, const std::string& key) {
  const Value params[] = {key};
  HANSE_TRY_STATUS(conn.execute("DELETE FROM signin_throttle WHERE throttle_key = $1", params));
  return {};
}

}  // namespace hanse::accounts
