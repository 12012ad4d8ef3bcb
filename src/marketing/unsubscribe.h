// One-click unsubscribe (RFC 8058) for marketing e-mail: every marketing
// mail carries its own opaque token (256 random bits, base64url), stored
// only as its SHA-256 hash with the member and the mail's topic; never the
// member id in the link. Using it records "denied" for the topic in the
// consent ledger (source "unsubscribe link") and audits it, without the
// member signing in. A token stops working when its member's account is
// deleted, and after kTokenLifetimeDays (issue_token purges older ones).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "db/database.h"
#include "marketing/topics.h"
#include "privacy/policy.h"

namespace hanse::marketing {

inline constexpr std::int64_t kTokenLifetimeDays = 400;

// True when text has the shape of a token (43 base64url characters);
// anything else is refused before the database is asked.
bool is_token_shaped(std::string_view text);

// A new token for a mail to member_id about topic. Runs on conn, inside
// the caller's transaction (the campaign's). Errors: database errors.
Result<std::string> issue_token(db::Connection& conn, std::int64_t member_id, Topic topic,
                                std::int64_t now);

// Deletes tokens older than kTokenLifetimeDays. Returns how many. Run by
// the retention job of `hanse serve` every hour and by `hanse retention run`.
Result<std::int64_t> purge_tokens(db::Connection& conn, std::int64_t now);
// purge_tokens in a transaction of its own.
Result<std::int64_t> purge_expired_tokens(db::Database& db, std::int64_t now);

struct TokenHolder {
  std::int64_t member_id = 0;
  Topic topic = Topic::new_services;
  bool used = false;
};

// The holder of a token, or nullopt for a malformed, unknown or expired
// one. Errors: database errors.
Result<std::optional<TokenHolder>> find_token(db::Connection& conn, std::string_view token,
                                              std::int64_t now);

// Unsubscribes the token's member from its topic: a ledger row "denied"
// (source kUnsubscribeSource) and an audit entry unless the topic is
// already refused, and the token's used_at. Repeating it is harmless.
// Returns the topic, or nullopt for a malformed, unknown or expired token
// (nothing changes then). Runs on conn, in the caller's transaction.
Result<std::optional<Topic>> unsubscribe(db::Connection& conn, const privacy::PolicyBook& policy,
                                         std::string_view token, std::int64_t now);

// The link of a token: base_url (site.base_url, without a trailing slash
// needed) + "/unsubscribe/" + token.
std::string unsubscribe_url(std::string_view base_url, std::string_view token);

}  // namespace hanse::marketing
