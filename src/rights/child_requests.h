// Children (P-18): a parent's or guardian's request to remove a child's
// data, to keep the child out of every promotion, or both. The site asks
// no one's age; the request comes from the guardian.
//
//   1. submit_child_request: a form (no account needed) stores the request
//      unconfirmed and mails the guardian a single-use confirmation link
//      (valid link_valid_seconds; token stored hashed).
//   2. confirm_child_request: the link, used once before it expires, marks
//      the request confirmed; used again or late, nothing changes.
//   3. carry_out_child_request: support staff carry out a confirmed
//      request: the child's address goes on the suppression list (always:
//      the policy promises no promotion reaches it again), and for a
//      removal the account registered with it is erased (erase_member, the
//      data-rights erasure). Only when every step succeeded is the request
//      marked done; its child address is then cleared and the guardian is
//      told by e-mail.
//
// Every function runs its own transaction on db unless it takes a
// Connection. Reads of the requests' personal columns happen here, in
// reviewed OwnerRead scopes (the guardian's own request, or staff handling
// it), never in web/.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accounts/registration.h"
#include "audit/audit_log.h"
#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"

namespace hanse::rights {

inline constexpr std::size_t kMaxGuardianNameChars = 200;
inline constexpr std::int64_t kDoneRequestKeptSeconds = 365 * 24 * 3600;

struct ChildRequestSettings {
  std::string base_url;   // for the link in the e-mail
  std::string site_name;
  std::string suppression_key;  // privacy.suppression_key (resolved)
  std::int64_t link_valid_seconds = 7 * 24 * 3600;
};

struct ChildRequestInput {
  std::string guardian_name;
  std::string guardian_email;
  std::string child_email;  // the address the child used, or their account's
  bool removal = false;
  bool opt_out = false;
};

struct ChildRequest {
  std::int64_t id = 0;
  std::string guardian_name;
  std::string guardian_email;
  std::string child_email;  // empty once carried out
  bool removal = false;
  bool opt_out = false;
  std::string status;       // unconfirmed | confirmed | done
  std::int64_t created_at = 0;
  std::optional<std::int64_t> confirmed_at;
  std::optional<std::int64_t> done_at;
  // The account registered with child_email, if any (confirmed requests).
  std::optional<std::int64_t> member_id;
};

// Erases a member's account (rights::erase_member, another part of issue
// 11): member id, acting staff id.
using EraseMember = std::function<Status(std::int64_t member_id, std::int64_t staff_id)>;

class ChildRequests final {
 public:
  // db, outbox and clock must outlive the object.
  ChildRequests(db::Database& db, const mail::Outbox& outbox, const Clock& clock,
                ChildRequestSettings settings);

  // Validates and normalises input (in place): names 1-200 characters,
  // addresses as at registration, the child's address not the guardian's,
  // at least one of removal and opt-out. Field errors (keys guardian_name,
  // guardian_email, child_email, request): nothing stored. Otherwise stores
  // the request and queues the confirmation mail in one transaction.
  // Errors: whatever the database or the outbox reports.
  Result<accounts::FieldErrors> submit(ChildRequestInput& input) const;

  // Confirms the request of a link's token. Returns true when it was
  // unconfirmed and the link had not expired; false (nothing changed) for
  // an unknown, used or expired link. Errors: database errors.
  Result<bool> confirm(const std::string& token) const;

  // Confirmed requests waiting for staff, oldest first, then the 50 most
  // recently carried out. Errors: database errors.
  Result<std::vector<ChildRequest>> for_staff() const;

  // Carries out a confirmed request (see above) as staff member staff_id.
  // Errors: not_found for an unknown request; conflict when it is not
  // confirmed (unconfirmed or already done); unavailable when a removal is
  // asked for an existing account and erase is empty ("erasure is not
  // available", checked before anything changes); whatever erase reports.
  // In every error case the request stays confirmed; when erase fails the
  // address stays on the suppression list (added first: suppressing is
  // never wrong), and the request can be carried out again.
  Result<ChildRequest> carry_out(std::int64_t request_id, std::int64_t staff_id,
                                 const EraseMember& erase) const;

  // The retention of the policy clause "children": deletes unconfirmed
  // requests whose link has expired and carried-out requests done more
  // than kDoneRequestKeptSeconds ago. Returns how many went.
  Result<std::int64_t> purge_expired() const;

 private:
  Result<std::optional<ChildRequest>> load(db::Connection& conn, std::int64_t id) const;

  db::Database& m_db;
  const mail::Outbox& m_outbox;
  const Clock& m_clock;
  ChildRequestSettings m_settings;
  audit::AuditLog m_audit;
};

}  // namespace hanse::rights
