// Erasure of a member's account (P-15): everything the data map
// (privacy/data_map.h) says belongs to the member is deleted, detached or
// kept for its typed retention, in the map's erasure order, in one
// transaction that checks itself before it commits.
//
// What happens, in order:
//   1. The member's identifiers are captured: e-mail, phone, name, postal
//      address, company address (members), and the address of their
//      company when it goes with them.
//   2. The confirmation mail goes to the address being erased, sent
//      synchronously over SMTP before anything is deleted (not queued: a
//      queued row would hold the address after erasure). When the relay
//      does not take it, nothing is deleted (unavailable: try again).
//   3. In one transaction: a company the member owns that has other
//      members passes to the longest-standing of them (company_members.
//      joined_at); the listings of companies that go with the member leave
//      the search index and the category counts (market/listing_index.h);
//      then, for every table in erasure_order(), the rule's statement runs
//      (privacy::erasure_sql: delete the rows or detach them); rows no party
//      keeps any more go (privacy::orphans_sql); the images of
//      companies that went are deleted; the member's identifiers are
//      replaced by "[removed]" in the free text others keep (the rules'
//      `redact` columns); a row in `erasures` records when kept data goes;
//      the audit log gets member.erased (ids and counts only).
//   4. Self-check, still in the transaction: every column of every table
//      of the live schema is searched for each identifier (case-
//      insensitive; identifiers another member or a company that stays also
//      holds are not the member's alone and are left out). Anything found
//      rolls everything back, logs an error naming table.column, and is
//      returned as an error: erasure never reports a success it did not
//      achieve.
//   5. SQLite: deleted content is overwritten (secure_delete) and the
//      write-ahead log is truncated, so no copy is left in the data folder.
// Uploads are stored in the database (market/upload_store.h); no other
// file in the data folder is derived from them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/smtp_client.h"

namespace hanse::rights {

// Who asks for the erasure: the member themself, or support staff carrying
// out a request (a guardian's, P-18).
struct ErasureActor {
  enum class Kind { member, staff } kind = Kind::member;
  std::int64_t id = 0;  // members.id or staff.id
};

struct ErasureSettings {
  mail::SmtpSettings smtp;
  // Delivers the confirmation; empty: over SMTP with `smtp` (tests put a
  // recorder here).
  std::function<Status(const mail::OutgoingMail&)> deliver;
  std::string from_address;
  std::string from_name;
  std::string site_name;
};

// The settings from the site's configuration ([mail], [site]).
ErasureSettings erasure_settings(const Config& config);

struct ErasureReport {
  std::vector<std::string> kept;  // privacy::describe() of every retention that applied
  std::int64_t erased_at = 0;
  // When the retention job removes the last kept datum (nullopt: nothing
  // with a time limit was kept).
  std::optional<std::int64_t> kept_until;
};

// Erases the member as described above. Returns what was kept and why.
// Errors: not_found when there is no such member; unavailable when the
// confirmation mail could not be sent (nothing deleted); internal when the
// self-check finds an identifier left (nothing deleted; the message names
// the table and column, never the value); database errors (nothing
// deleted).
Result<ErasureReport> erase_member(db::Database& db, const Clock& clock,
                                   const ErasureSettings& settings, std::int64_t member_id,
                                   const ErasureActor& actor);

}  // namespace hanse::rights
