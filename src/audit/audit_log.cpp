#include "audit/audit_log.h"

#include <sodium.h>

#include <fmt/format.h>

#include <limits>

namespace hanse::audit {

using db::Value;

namespace {

// Key of the PostgreSQL advisory lock that serialises appends ("HANSEAU").
constexpr std::int64_t kAppendLockKey = 0x48414E53454155;
constexpr int kVerifyPage = 1000;

const char* kColumns =
    "SELECT id, at, actor_kind, actor_id, action, subject, details, prev_hash, hash FROM audit_log ";

StoredAuditEntry from_row(const db::Row& row) {
  return StoredAuditEntry{row.integer(0), row.integer(1), row.text(2), row.optional_integer(3),
                          row.text(4),    row.text(5),    row.text(6), row.text(7),
                          row.text(8)};
}

void append_field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ',';
}

Status check(const AuditEntry& entry) {
  if (entry.action.empty()) return fail(ErrorKind::invalid_input, "audit: an entry needs an action");
  if (!entry.details.is_object())
    return fail(ErrorKind::invalid_input, "audit: details must be a JSON object");
  bool needs_actor = entry.actor_kind != ActorKind::system;
  if (needs_actor != entry.actor_id.has_value())
    return fail(ErrorKind::invalid_input,
                fmt::format("audit: a {} actor {} an id", to_string(entry.actor_kind),
                            needs_actor ? "needs" : "has no"));
  return {};
}

// The first broken link between prev (nullopt for the start) and entry.
std::optional<ChainBreak> check_link(const std::optional<StoredAuditEntry>& prev,
                                     const StoredAuditEntry& entry) {
  std::int64_t expected_id = prev ? prev->id + 1 : 1;
  if (entry.id != expected_id) {
    std::string reason =
        entry.id > expected_id
            ? fmt::format("entries {}..{} are missing (removed)", expected_id, entry.id - 1)
            : fmt::format("unexpected id (expected {}): entry inserted", expected_id);
    return ChainBreak{entry.id, reason};
  }
  if (entry_hash(entry) != entry.hash)
    return ChainBreak{entry.id, "hash does not match the entry's contents (entry edited)"};
  const std::string& expected_prev = prev ? prev->hash : genesis_hash();
  if (entry.prev_hash != expected_prev) {
    return ChainBreak{entry.id,
                      prev ? fmt::format("prev_hash does not match the hash of entry {} (entries "
                                         "removed, inserted or re-hashed)", prev->id)
                           : std::string("the first entry does not start from the zero hash "
                                         "(entries removed before it)")};
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(ActorKind kind) {
  switch (kind) {
    case ActorKind::member: return "member";
    case ActorKind::staff: return "staff";
    case ActorKind::system: return "system";
  }
  return "system";
}

std::optional<ActorKind> parse_actor_kind(std::string_view text) {
  if (text == "member") return ActorKind::member;
  if (text == "staff") return ActorKind::staff;
  if (text == "system") return ActorKind::system;
  return std::nullopt;
}

AuditEntry member_event(std::int64_t at, std::int64_t member_id, std::string action,
                        nlohmann::json details) {
  return AuditEntry{at, ActorKind::member, member_id, std::move(action),
                    "member:" + std::to_string(member_id), std::move(details)};
}

AuditEntry staff_event(std::int64_t at, std::int64_t staff_id, std::string action,
                       std::string subject, nlohmann::json details) {
  return AuditEntry{at, ActorKind::staff, staff_id, std::move(action), std::move(subject),
                    std::move(details)};
}

AuditEntry system_event(std::int64_t at, std::string action, std::string subject,
                        nlohmann::json details) {
  return AuditEntry{at, ActorKind::system, std::nullopt, std::move(action), std::move(subject),
                    std::move(details)};
}

const std::string& genesis_hash() {
  static const std::string zeros(64, '0');
  return zeros;
}

std::string canonical_form(const StoredAuditEntry& e) {
  std::string out;
  append_field(out, std::to_string(e.id));
  append_field(out, std::to_string(e.at));
  append_field(out, e.actor_kind);
  append_field(out, e.actor_id ? std::to_string(*e.actor_id) : std::string());
  append_field(out, e.action);
  append_field(out, e.subject);
  append_field(out, e.details);
  append_field(out, e.prev_hash);
  return out;
}

std::string entry_hash(const StoredAuditEntry& entry) {
  std::string bytes = canonical_form(entry);
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

Status AuditLog::append(db::Connection& conn, const AuditEntry& entry) const {
  HANSE_TRY_STATUS(check(entry));
  if (conn.backend() == db::Backend::postgres) {
    const Value key[] = {kAppendLockKey};
    HANSE_TRY_STATUS(conn.query("SELECT pg_advisory_xact_lock($1)", key));
  }
  HANSE_TRY(auto last, conn.query_optional("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
  StoredAuditEntry stored{
      last ? last->integer(0) + 1 : 1,
      entry.at,
      to_string(entry.actor_kind),
      entry.actor_id,
      entry.action,
      entry.subject,
      entry.details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
      last ? last->text(1) : genesis_hash(),
      ""};
  stored.hash = entry_hash(stored);
  Value actor = stored.actor_id ? Value(*stored.actor_id) : Value(std::monostate{});
  const Value params[] = {stored.id,      stored.at,      stored.actor_kind, actor,
                          stored.action,  stored.subject, stored.details,    stored.prev_hash,
                          stored.hash};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO audit_log (id, at, actor_kind, actor_id, action, subject, details, prev_hash,"
      " hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", params));
  return {};
}

Result<VerifyReport> AuditLog::verify(db::Connection& conn) const {
  VerifyReport report;
  std::optional<StoredAuditEntry> prev;
  std::int64_t after = std::numeric_limits<std::int64_t>::min();
  for (;;) {
    const Value params[] = {after, std::int64_t{kVerifyPage}};
    HANSE_TRY(auto rows, conn.query(std::string(kColumns) + "WHERE id > $1 ORDER BY id LIMIT $2",
                                    params));
    for (const auto& row : rows) {
      auto entry = from_row(row);
      if (auto broken = check_link(prev, entry)) {
        report.broken = std::move(broken);
        return report;
      }
      ++report.entries;
      after = entry.id;
      prev = std::move(entry);
    }
    if (rows.size() < static_cast<std::size_t>(kVerifyPage)) return report;
  }
}

Result<std::vector<StoredAuditEntry>> AuditLog::recent(db::Connection& conn, int limit) const {
  const Value params[] = {std::int64_t{limit}};
  HANSE_TRY(auto rows, conn.query(std::string(kColumns) + "ORDER BY id DESC LIMIT $1", params));
  std::vector<StoredAuditEntry> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(from_row(row));
  return out;
}

}  // namespace hanse::audit
