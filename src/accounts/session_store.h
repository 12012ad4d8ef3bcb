// Server-side sessions (P-5). The cookie carries a random token; the table
// holds only its hash, so a copy of the database cannot sign anyone in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::accounts {

enum class Principal { member, staff };

struct SessionPolicy {
  std::int64_t idle_seconds = 30 * 60;           // without "keep me signed in"
  std::int64_t remember_seconds = 30 * 24 * 3600;  // with it
};

struct Session {
  std::int64_t id = 0;
  Principal principal = Principal::member;
  std::int64_t owner_id = 0;  // member id or staff id
  bool persistent = false;
  std::string user_agent;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;
};

struct NewSession {
  std::string token;  // goes into the cookie, never stored
  Session session;
};

Result<NewSession> create_session(db::Connection& conn, Principal principal, std::int64_t owner_id,
                                  bool persistent, const std::string& user_agent, std::int64_t now,
                                  const SessionPolicy& policy);

// The live session for a cookie token, or nullopt when unknown, expired or
// of the other principal. Slides the idle expiry of a non-persistent
// session (written at most once a minute to spare the database).
Result<std::optional<Session>> find_live_session(db::Connection& conn, Principal principal,
                                                 const std::string& token, std::int64_t now,
                                                 const SessionPolicy& policy);

// Ends the session with this token (sign-out). Unknown tokens are ignored.
Status delete_session_by_token(db::Connection& conn, const std::string& token);

// A member's live sessions, most recently seen first.
Result<std::vector<Session>> list_sessions(db::Connection& conn, Principal principal,
                                           std::int64_t owner_id, std::int64_t now);

// Ends one of the owner's sessions; false when it is not theirs or gone.
Result<bool> delete_session(db::Connection& conn, Principal principal, std::int64_t owner_id,
                            std::int64_t session_id);

// Ends all the owner's sessions, except one when except_id is set.
Result<std::int64_t> delete_sessions(db::Connection& conn, Principal principal,
                                     std::int64_t owner_id, std::optional<std::int64_t> except_id);

}  // namespace hanse::accounts
