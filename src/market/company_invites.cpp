// Invitations to join a company (M-2): single-use tokens, stored only as
// their hash (P-5), valid for kInviteValidSeconds. The invited address is
// never selected: accepting compares it, in SQL, with the signed-in
// member's own address.
#include "accounts/normalize.h"
#include "accounts/tokens.h"
#include "audit/audit_log.h"
#include "market/company.h"
#include "market/invitations.h"
#include "market/membership.h"
#include "privacy/door.h"

namespace hanse::market {
using db::Value;

Result<std::string> create_invite(db::Connection& conn, std::int64_t company_id,
                                  std::int64_t by_member, std::string_view typed_email,
                                  std::int64_t now) {
  HANSE_TRY(auto membership, membership_of(conn, by_member));
  if (!membership || membership->company_id != company_id || !membership->owner)
    return fail(ErrorKind::forbidden, "Only the company's owner may invite people.");
  auto email = accounts::normalize_email(typed_email);
  if (!email)
    return fail(ErrorKind::invalid_input,
                "Enter the e-mail address of the person to invite, like name@example.com.");
  const Value recent[] = {company_id, now - 24 * 3600};
  HANSE_TRY(auto sent, conn.query_one(
      "SELECT COUNT(id) FROM company_invites WHERE company_id = $1 AND created_at > $2", recent));
  if (sent.integer(0) >= kMaxInvitesPerDay)
    return fail(ErrorKind::too_many_requests,
                "Your company has sent many invitations today. Try again tomorrow.");
  auto token = accounts::random_token();
  const Value params[] = {company_id, *email, accounts::token_hash(token), by_member, now,
                          now + kInviteValidSeconds};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO company_invites (company_id, email, token_hash, invited_by, created_at, expires_at)"
      " VALUES ($1, $2, $3, $4, $5, $6)", params));
  HANSE_TRY_STATUS(audit::AuditLog{}.append(
      conn, audit::member_event(now, by_member, "company.member_invited", {{"company_id", company_id}})));
  return token;
}

Result<std::optional<Invite>> find_invite(db::Connection& conn, std::string_view token,
                                          std::int64_t now) {
  privacy::OwnerRead door("an invitation, for the holder of its link");
  const Value hash[] = {accounts::token_hash(token)};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT id, company_id, expires_at FROM company_invites WHERE token_hash = $1", hash));
  if (!row) return std::optional<Invite>{};
  Invite invite{row->integer(0), row->integer(1), InviteState::live};
  const Value unused[] = {invite.id};
  HANSE_TRY(auto open, conn.query_optional(
      "SELECT id FROM company_invites WHERE id = $1 AND used_at IS NULL", unused));
  if (!open) invite.state = InviteState::used;
  else if (row->integer(2) <= now) invite.state = InviteState::expired;
  return std::optional<Invite>{invite};
}

namespace {

// Joins member_id, whose address is `email`, to the invitation's company
// when the invitation was sent to that address (compared in SQL, never
// selected).
Result<std::int64_t> join(db::Connection& conn, std::string_view token, std::int64_t member_id,
                          std::string_view email, std::int64_t now) {
  // The invited address is compared (in SQL) with the member's own: a read
  // for the holder of the link about themself.
  privacy::OwnerRead door("an invitation, accepted by the holder of its link");
  HANSE_TRY(auto invite, find_invite(conn, token, now));
  if (!invite) return fail(ErrorKind::not_found, "This invitation link is not valid.");
  if (invite->state == InviteState::used)
    return fail(ErrorKind::conflict, "This invitation has already been used.");
  if (invite->state == InviteState::expired)
    return fail(ErrorKind::conflict, "This invitation has expired. Ask for a new one.");
  const Value addressee[] = {invite->id, accounts::normalize_email(email).value_or("")};
  HANSE_TRY(auto same, conn.query_optional(
      "SELECT id FROM company_invites WHERE id = $1 AND email = $2", addressee));
  if (!same)
    return fail(ErrorKind::forbidden,
                "This invitation was sent to another e-mail address. Sign in with the address "
                "that received it, or ask the company's owner to invite you.");
  HANSE_TRY(auto existing, membership_of(conn, member_id));
  if (existing)
    return fail(ErrorKind::conflict,
                "You already belong to a company. A person can belong to one company only.");
  const Value use[] = {invite->id, now, member_id};
  HANSE_TRY(auto used, conn.execute(
      "UPDATE company_invites SET used_at = $2, used_by = $3 WHERE id = $1 AND used_at IS NULL", use));
  if (used != 1) return fail(ErrorKind::conflict, "This invitation has already been used.");
  const Value joining[] = {member_id, invite->company_id, now};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO company_members (member_id, company_id, role, joined_at) VALUES ($1, $2, 'member', $3)",
      joining));
  HANSE_TRY_STATUS(audit::AuditLog{}.append(
      conn, audit::member_event(now, member_id, "company.member_joined",
                                {{"company_id", invite->company_id}})));
  return invite->company_id;
}

}  // namespace

Result<std::int64_t> accept_invite(db::Database& db, std::string_view token, std::int64_t actor,
                                   std::string_view actor_email, std::int64_t now) {
  return db.transaction([&](db::Connection& conn) { return join(conn, token, actor, actor_email, now); });
}

}  // namespace hanse::market
