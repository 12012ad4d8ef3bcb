// The audit log (S-2): an append-only record of security events (sign-ins,
// role changes, consent changes, policy publications, disclosures, exports,
// deletions), each entry chained to the previous one by a SHA-256 hash so
// that an edited, removed or inserted entry is detected by verify()
// (`hanse audit verify`).
//
// Entry ids are 1, 2, 3, ... with no gaps. hash = SHA-256 (hex) of
// canonical_form(entry); prev_hash is the previous entry's hash, 64 zeros
// for the first one. details holds ids and codes only: never a personal
// value (e-mail, name, phone, address) and never a password.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "db/database.h"

namespace hanse::audit {

enum class ActorKind { member, staff, system };

const char* to_string(ActorKind kind);
std::optional<ActorKind> parse_actor_kind(std::string_view text);

// What the caller records. at is Unix seconds (from the injectable Clock).
struct AuditEntry {
  std::int64_t at = 0;
  ActorKind actor_kind = ActorKind::system;
  std::optional<std::int64_t> actor_id;  // nullopt for the system
  std::string action;                    // "member.sign_in"
  std::string subject;                   // "member:12"; may be empty
  nlohmann::json details = nlohmann::json::object();
};

// An entry as stored.
struct StoredAuditEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::string actor_kind;
  std::optional<std::int64_t> actor_id;
  std::string action;
  std::string subject;
  std::string details;  // JSON text exactly as stored
  std::string prev_hash;
  std::string hash;
};

// Convenience constructors for the common actors.
AuditEntry member_event(std::int64_t at, std::int64_t member_id, std::string action,
                        nlohmann::json details = nlohmann::json::object());
AuditEntry staff_event(std::int64_t at, std::int64_t staff_id, std::string action,
                       std::string subject, nlohmann::json details = nlohmann::json::object());
AuditEntry system_event(std::int64_t at, std::string action, std::string subject,
                        nlohmann::json details = nlohmann::json::object());

// The hash of the first entry's predecessor: 64 zeros.
const std::string& genesis_hash();

// The bytes that are hashed: every field except hash, each written as
// "<byte length>:<bytes>," in the order id, at, actor_kind, actor_id
// (empty when NULL), action, subject, details, prev_hash.
std::string canonical_form(const StoredAuditEntry& entry);
// SHA-256 hex (lower case) of canonical_form(entry).
std::string entry_hash(const StoredAuditEntry& entry);

struct ChainBreak {
  std::int64_t entry_id = 0;  // the first entry whose link fails
  std::string reason;         // why, in words ("hash does not match ...")
};

struct VerifyReport {
  std::int64_t entries = 0;           // entries checked (all of them when intact)
  std::optional<ChainBreak> broken;   // nullopt when the chain is intact
  bool intact() const { return !broken.has_value(); }
};

class AuditLog final {
 public:
  // Appends an entry after the current last one, inside the caller's
  // transaction (conn must be inside BEGIN ... COMMIT: the entry is kept
  // only if the caller's change is, and the lock below lasts until commit).
  // Writers are serialised so the chain never forks: on PostgreSQL by a
  // transaction-scoped advisory lock taken before the last hash is read; on
  // SQLite by BEGIN IMMEDIATE, which already holds the database's write lock.
  // Errors: invalid_input for an empty action, a details value that is not
  // a JSON object, or an actor id missing (member/staff) or present (system);
  // otherwise whatever the database reports.
  Status append(db::Connection& conn, const AuditEntry& entry) const;

  // Walks the whole chain in id order and reports the first broken link:
  // an entry whose hash does not match its contents (edited), whose id is
  // not the previous id + 1 (removed or inserted), or whose prev_hash is not
  // the previous entry's hash (removed, inserted or re-hashed). An empty log
  // is intact. Errors: whatever the database reports.
  Result<VerifyReport> verify(db::Connection& conn) const;

  // The most recent entries, newest first (at most limit).
  Result<std::vector<StoredAuditEntry>> recent(db::Connection& conn, int limit) const;
};

}  // namespace hanse::audit
