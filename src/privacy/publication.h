// Policy changes (P-19). A new version is published with an effective date
// at least the notice period ahead; from publication the site shows a notice
// and every member gets an administrative e-mail; on the effective date the
// version governs new data (PolicyBook::in_force, no restart). Data
// collected before keeps its pinned version until the member accepts the
// new one (accept_version), which re-pins their records.
//
// Published versions live in the database (policy_versions), so that every
// instance sees them; sync_published() adds them to a PolicyBook.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/config.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"
#include "privacy/policy.h"

namespace hanse::privacy {

struct PublishSettings {
  int notice_days = 30;
  std::string base_url;   // for the link in the e-mail
  std::string site_name;
};

// Who published: a staff member (the staff page) or the system (the CLI).
struct Publisher {
  std::optional<std::int64_t> staff_id;
};

// Validates the TOML text as version N+1 of book (the file's own dates are
// replaced: published = now, effective = effective_date, "YYYY-MM-DD",
// midnight UTC), refuses an effective date earlier than now + notice_days,
// stores it, queues the notice e-mail to every member and writes the audit
// entry, all in one transaction, and adds it to book.
// Errors: invalid_input naming the problem; nothing is stored then.
Result<VersionPtr> publish_version(db::Database& db, PolicyBook& book, const Clock& clock,
                                   const mail::Outbox& outbox, const PublishSettings& settings,
                                   const std::string& toml_text, const std::string& source_name,
                                   const std::string& effective_date, const Publisher& publisher);

// Adds to book every version stored in the database that it lacks.
// Returns how many were added.
Result<int> sync_published(db::Connection& conn, PolicyBook& book);

// Records that the member accepted version n (consent ledger) and re-pins
// their records to it. Errors: invalid_input when n is not published.
Status accept_version(db::Connection& conn, const PolicyBook& book, std::int64_t member_id, int n,
                      std::int64_t now, const std::string& source);

}  // namespace hanse::privacy
