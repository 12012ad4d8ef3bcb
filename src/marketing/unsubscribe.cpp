#include "marketing/unsubscribe.h"

#include <map>

#include "accounts/tokens.h"
#include "marketing/choices.h"
#include "privacy/door.h"

namespace hanse::marketing {
namespace {

constexpr std::int64_t kDay = 24 * 3600;

}  // namespace

bool is_token_shaped(std::string_view text) {
  if (text.size() != 43) return false;
  for (char c : text) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_';
    if (!ok) return false;
  }
  return true;
}

Result<std::string> issue_token(db::Connection& conn, std::int64_t member_id, Topic topic,
                                std::int64_t now) {
  std::string token = accounts::random_token();
  const db::Value params[] = {accounts::token_hash(token), member_id, std::string(to_string(topic)), now};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO marketing_unsubscribe_tokens (token_hash, member_id, topic, created_at) "
      "VALUES ($1, $2, $3, $4)",
      params));
  return token;
}

Result<std::int64_t> purge_tokens(db::Connection& conn, std::int64_t now) {
  privacy::OwnerRead door("expired unsubscribe links, deleted by age");
  const db::Value params[] = {now - kTokenLifetimeDays * kDay};
  return conn.execute("DELETE FROM marketing_unsubscribe_tokens WHERE created_at < $1", params);
}

Result<std::int64_t> purge_expired_tokens(db::Database& db, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) { return purge_tokens(conn, now); });
}

Result<std::optional<TokenHolder>> find_token(db::Connection& conn, std::string_view token,
                                              std::int64_t now) {
  if (!is_token_shaped(token)) return std::optional<TokenHolder>{};
  privacy::OwnerRead door("an unsubscribe link, for the holder of its mail");
  const db::Value params[] = {accounts::token_hash(token), now - kTokenLifetimeDays * kDay};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT member_id, topic, used_at FROM marketing_unsubscribe_tokens "
                          "WHERE token_hash = $1 AND created_at >= $2",
                          params));
  if (!row) return std::optional<TokenHolder>{};
  auto topic = parse_topic(row->text(1));
  if (!topic) return fail(ErrorKind::internal, "unsubscribe token with unknown topic \"" + row->text(1) + "\"");
  return std::optional<TokenHolder>{TokenHolder{row->integer(0), *topic, !row->is_null(2)}};
}

Result<std::optional<Topic>> unsubscribe(db::Connection& conn, const privacy::PolicyBook& policy,
                                         std::string_view token, std::int64_t now) {
  HANSE_TRY(auto holder, find_token(conn, token, now));
  if (!holder) return std::optional<Topic>{};
  HANSE_TRY(auto changes, record_choices(conn, policy, holder->member_id,
                                         {{ledger_what(holder->topic), false}}, kUnsubscribeSource, now));
  (void)changes;
  if (!holder->used) {
    privacy::OwnerRead door("an unsubscribe link, marked used by the holder of its mail");
    const db::Value params[] = {accounts::token_hash(token), now};
    HANSE_TRY_STATUS(conn.execute(
        "UPDATE marketing_unsubscribe_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL",
        params));
  }
  return std::optional<Topic>{holder->topic};
}

std::string unsubscribe_url(std::string_view base_url, std::string_view token) {
  std::string url(base_url);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + "/unsubscribe/" + std::string(token);
}

}  // namespace hanse::marketing
