#include "accounts/session_store.h"

#include "accounts/tokens.h"

namespace hanse::accounts {

using db::Value;

namespace {

const char* owner_column(Principal p) { return p == Principal::member ? "member_id" : "staff_id"; }

std::string select_columns() {
  return "SELECT id, member_id, staff_id, persistent, user_agent, created_at, last_seen_at,"
         " expires_at FROM sessions ";
}

Session to_session(const db::Row& row) {
  Session s;
  s.id = row.integer(0);
  s.principal = row.is_null(1) ? Principal::staff : Principal::member;
  s.owner_id = row.is_null(1) ? row.integer(2) : row.integer(1);
  s.persistent = row.integer(3) != 0;
  s.user_agent = row.text(4);
  s.created_at = row.integer(5);
  s.last_seen_at = row.integer(6);
  s.expires_at = row.integer(7);
  return s;
}

constexpr std::int64_t kTouchEverySeconds = 60;

}  // namespace

Result<NewSession> create_session(db::Connection& conn, Principal principal, std::int64_t owner_id,
                                  bool persistent, const std::string& user_agent, std::int64_t now,
                                  const SessionPolicy& policy) {
  NewSession out;
  out.token = random_token();
  auto expires = now + (persistent ? policy.remember_seconds : policy.idle_seconds);
  Value member = principal == Principal::member ? Value{owner_id} : Value{};
  Value staff = principal == Principal::staff ? Value{owner_id} : Value{};
  const Value params[] = {token_hash(out.token), member, staff, std::int64_t{persistent ? 1 : 0},
                          user_agent.substr(0, 300), now, expires};
  HANSE_TRY(auto row, conn.query_one(
      "INSERT INTO sessions (token_hash, member_id, staff_id, persistent, user_agent, created_at,"
      " last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id", params));
  out.session = Session{row.integer(0), principal, owner_id, persistent, user_agent.substr(0, 300),
                        now, now, expires};
  return out;
}

Result<std::optional<Session>> find_live_session(db::Connection& conn, Principal principal,
                                                 const std::string& token, std::int64_t now,
                                                 const SessionPolicy& policy) {
  const Value params[] = {token_hash(token)};
  HANSE_TRY(auto row, conn.query_optional(select_columns() + "WHERE token_hash = $1", params));
  if (!row) return std::optional<Session>{};
  Session s = to_session(*row);
  if (s.principal != principal) return std::optional<Session>{};
  if (s.expires_at <= now) {
    const Value id[] = {s.id};
    HANSE_TRY_STATUS(conn.execute("DELETE FROM sessions WHERE id = $1", id));
    return std::optional<Session>{};
  }
  if (now - s.last_seen_at >= kTouchEverySeconds) {
    s.last_seen_at = now;
    if (!s.persistent) s.expires_at = now + policy.idle_seconds;
    const Value touch[] = {s.last_seen_at, s.expires_at, s.id};
    HANSE_TRY_STATUS(conn.execute(
        "UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE id = $3", touch));
  }
  return std::optional<Session>{s};
}

Status delete_session_by_token(db::Connection& conn, const std::string& token) {
  const Value params[] = {token_hash(token)};
  HANSE_TRY_STATUS(conn.execute("DELETE FROM sessions WHERE token_hash = $1", params));
  return {};
}

Result<std::vector<Session>> list_sessions(db::Connection& conn, Principal principal,
                                           std::int64_t owner_id, std::int64_t now) {
  const Value params[] = {owner_id, now};
  HANSE_TRY(auto rows, conn.query(select_columns() + "WHERE " + owner_column(principal) +
                                      " = $1 AND expires_at > $2 ORDER BY last_seen_at DESC, id DESC",
                                  params));
  std::vector<Session> out;
  for (auto& r : rows) out.push_back(to_session(r));
  return out;
}

Result<bool> delete_session(db::Connection& conn, Principal principal, std::int64_t owner_id,
                            std::int64_t session_id) {
  const Value params[] = {session_id, owner_id};
  HANSE_TRY(auto n, conn.execute(std::string("DELETE FROM sessions WHERE id = $1 AND ") +
                                     owner_column(principal) + " = $2",
                                 params));
  return n > 0;
}

Result<std::int64_t> delete_sessions(db::Connection& conn, Principal principal,
                                     std::int64_t owner_id, std::optional<std::int64_t> except_id) {
  const Value params[] = {owner_id, except_id ? Value{*except_id} : Value{std::int64_t{-1}}};
  return conn.execute(std::string("DELETE FROM sessions WHERE ") + owner_column(principal) +
                          " = $1 AND id <> $2",
                      params);
}

}  // namespace hanse::accounts
