#include "rights/child_requests.h"

#include <fmt/format.h>

#include "accounts/normalize.h"
#include "accounts/tokens.h"
#include "core/paths.h"
#include "privacy/door.h"
#include "privacy/suppression.h"

namespace hanse::rights {
namespace {

using db::Value;

constexpr const char* kColumns =
    "id, guardian_name, guardian_email, child_email, wants_removal, wants_opt_out, status, "
    "created_at, confirmed_at, done_at";

ChildRequest from_row(const db::Row& r) {
  ChildRequest c;
  c.id = r.integer(0);
  c.guardian_name = r.text(1);
  c.guardian_email = r.text(2);
  c.child_email = r.text(3);
  c.removal = r.integer(4) != 0;
  c.opt_out = r.integer(5) != 0;
  c.status = r.text(6);
  c.created_at = r.integer(7);
  c.confirmed_at = r.optional_integer(8);
  c.done_at = r.optional_integer(9);
  return c;
}

std::string what_asked(bool removal, bool opt_out) {
  if (removal && opt_out) return "remove the child's data and keep the child out of all promotions";
  if (removal) return "remove the child's data";
  return "keep the child out of all promotions";
}

// The account registered with the child's address, for staff carrying out
// the request.
Result<std::optional<std::int64_t>> account_of(db::Connection& conn, const std::string& email) {
  privacy::OwnerRead door("the account a guardian's confirmed request names, for staff carrying it out");
  const Value params[] = {email};
  HANSE_TRY(auto row, conn.query_optional("SELECT id FROM members WHERE email = $1", params));
  if (!row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{row->integer(0)};
}

}  // namespace

ChildRequests::ChildRequests(db::Database& db, const mail::Outbox& outbox, const Clock& clock,
                             ChildRequestSettings settings)
    : m_db(db), m_outbox(outbox), m_clock(clock), m_settings(std::move(settings)) {}

Result<accounts::FieldErrors> ChildRequests::submit(ChildRequestInput& input) const {
  accounts::FieldErrors errors;
  input.guardian_name = accounts::clean_text(input.guardian_name, false);
  if (input.guardian_name.empty())
    errors["guardian_name"] = "Enter your name.";
  else if (input.guardian_name.size() > kMaxGuardianNameChars)
    errors["guardian_name"] = fmt::format("Your name can have at most {} characters.", kMaxGuardianNameChars);
  if (auto problem = accounts::email_problem(input.guardian_email); !problem.empty())
    errors["guardian_email"] = problem;
  else
    input.guardian_email = *accounts::normalize_email(input.guardian_email);
  if (auto problem = accounts::email_problem(input.child_email); !problem.empty())
    errors["child_email"] = problem;
  else
    input.child_email = *accounts::normalize_email(input.child_email);
  if (!errors.contains("child_email") && !errors.contains("guardian_email") &&
      input.child_email == input.guardian_email)
    errors["child_email"] = "Enter the child's address, not your own.";
  if (!input.removal && !input.opt_out) errors["request"] = "Choose what we should do.";
  if (!errors.empty()) return errors;

  auto token = accounts::random_token();
  auto now = m_clock.now();
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    const Value params[] = {input.guardian_name, input.guardian_email, input.child_email,
                            std::int64_t{input.removal}, std::int64_t{input.opt_out},
                            accounts::token_hash(token), now, now + m_settings.link_valid_seconds};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO child_requests (guardian_name, guardian_email, child_email, wants_removal, "
        "wants_opt_out, token_hash, status, created_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, 'unconfirmed', $7, $8)",
        params));
    auto link = paths::absolute(m_settings.base_url, paths::child_request_confirm(token));
    return m_outbox.enqueue(
        conn, {input.guardian_email, fmt::format("Please confirm your request about a child ({})", m_settings.site_name),
               fmt::format("Hello {},\n\n"
                           "you asked {} to {}, for the address {}.\n\n"
                           "Please confirm that you made this request by opening this link "
                           "within {} days:\n\n{}\n\n"
                           "The link works once. If you did not make this request, ignore this "
                           "message and nothing happens.\n",
                           input.guardian_name, m_settings.site_name,
                           what_asked(input.removal, input.opt_out), input.child_email,
                           m_settings.link_valid_seconds / 86400, link),
               mail::MailKind::administrative});
  }));
  return errors;
}

Result<bool> ChildRequests::confirm(const std::string& token) const {
  auto now = m_clock.now();
  const Value params[] = {accounts::token_hash(token), now};
  HANSE_TRY(auto changed, m_db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    privacy::OwnerRead door("a guardian's request, confirmed by the holder of its link");
    return conn.execute(
        "UPDATE child_requests SET status = 'confirmed', confirmed_at = $2 "
        "WHERE token_hash = $1 AND status = 'unconfirmed' AND expires_at > $2",
        params);
  }));
  return changed == 1;
}

Result<std::optional<ChildRequest>> ChildRequests::load(db::Connection& conn, std::int64_t id) const {
  privacy::OwnerRead door("a guardian's request, for the support staff carrying it out");
  const Value params[] = {id};
  HANSE_TRY(auto row, conn.query_optional(
                          fmt::format("SELECT {} FROM child_requests WHERE id = $1", kColumns), params));
  if (!row) return std::optional<ChildRequest>{};
  return std::optional<ChildRequest>{from_row(*row)};
}

Result<std::vector<ChildRequest>> ChildRequests::for_staff() const {
  HANSE_TRY(auto lease, m_db.acquire());
  privacy::OwnerRead door("guardians' confirmed requests, for the support staff carrying them out");
  HANSE_TRY(auto waiting, lease->query(fmt::format(
                              "SELECT {} FROM child_requests WHERE status = 'confirmed' ORDER BY id", kColumns)));
  HANSE_TRY(auto done, lease->query(fmt::format(
                           "SELECT {} FROM child_requests WHERE status = 'done' ORDER BY done_at DESC, id DESC "
                           "LIMIT 50",
                           kColumns)));
  std::vector<ChildRequest> out;
  for (auto& r : waiting) {
    auto c = from_row(r);
    HANSE_TRY(c.member_id, account_of(*lease, c.child_email));
    out.push_back(std::move(c));
  }
  for (auto& r : done) out.push_back(from_row(r));
  return out;
}

Result<ChildRequest> ChildRequests::carry_out(std::int64_t request_id, std::int64_t staff_id,
                                              const EraseMember& erase) const {
  std::optional<ChildRequest> request;
  {
    HANSE_TRY(auto lease, m_db.acquire());
    HANSE_TRY(request, load(*lease, request_id));
    if (!request) return fail(ErrorKind::not_found, "no such request");
    if (request->status != "confirmed")
      return fail(ErrorKind::conflict, request->status == "done" ? "This request was already carried out."
                                                                 : "The guardian has not confirmed this request.");
    HANSE_TRY(request->member_id, account_of(*lease, request->child_email));
  }
  if (request->removal && request->member_id && !erase)
    return fail(ErrorKind::unavailable, "Erasure is not available, so nothing was changed.");
  auto now = m_clock.now();
  // The address goes on the list first, so that the account's erasure (its
  // own transactions) can never leave an address without its suppression.
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    return privacy::suppress_address(conn, m_settings.suppression_key, request->child_email, now);
  }));
  if (request->removal && request->member_id) HANSE_TRY_STATUS(erase(*request->member_id, staff_id));
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    const Value params[] = {request->id, now, staff_id};
    HANSE_TRY(auto changed, conn.execute(
                                "UPDATE child_requests SET status = 'done', done_at = $2, done_by = $3, "
                                "child_email = NULL WHERE id = $1 AND status = 'confirmed'",
                                params));
    if (changed != 1) return fail(ErrorKind::conflict, "This request was already carried out.");
    HANSE_TRY_STATUS(m_audit.append(
        conn, audit::staff_event(now, staff_id, "child_request.done", fmt::format("child_request:{}", request->id),
                                 {{"removal", request->removal},
                                  {"opt_out", request->opt_out},
                                  {"account_erased", request->removal && request->member_id.has_value()}})));
    std::string done = request->removal
                           ? (request->member_id ? "We removed the account registered with the address and its data"
                                                 : "No account is registered with the address, so there was no data to remove")
                           : "We did not remove anything, as you did not ask for it";
    return m_outbox.enqueue(
        conn, {request->guardian_email, fmt::format("Your request about a child was carried out ({})", m_settings.site_name),
               fmt::format("Hello {},\n\n"
                           "we have carried out your request of {}. {}. The address is on our "
                           "suppression list, so no promotion from {} will reach it again.\n",
                           request->guardian_name, fmt::format("request number {}", request->id), done,
                           m_settings.site_name),
               mail::MailKind::administrative});
  }));
  request->status = "done";
  request->done_at = now;
  request->child_email.clear();
  return *request;
}

Result<std::int64_t> ChildRequests::purge_expired() const {
  auto now = m_clock.now();
  const Value params[] = {now, now - kDoneRequestKeptSeconds};
  return m_db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    return conn.execute(
        "DELETE FROM child_requests WHERE (status = 'unconfirmed' AND expires_at <= $1) "
        "OR (status = 'done' AND done_at < $2)",
        params);
  });
}

}  // namespace hanse::rights
