#include "staff/staff.h"

#include "accounts/normalize.h"
#include "accounts/tokens.h"
#include "audit/audit_log.h"
#include "privacy/door.h"

namespace hanse::staff {

using db::Value;

namespace {

// Staff entries go to the audit chain (S-2); it holds no state of its own.
const audit::AuditLog kAudit;

std::string subject_of(std::int64_t staff_id) { return "staff:" + std::to_string(staff_id); }

}  // namespace

std::optional<Role> parse_role(std::string_view text) {
  if (text == "admin") return Role::admin;
  if (text == "support") return Role::support;
  if (text == "compliance") return Role::compliance;
  return std::nullopt;
}

const char* to_string(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::support: return "support";
    case Role::compliance: return "compliance";
  }
  return "support";
}

Staff::Staff(db::Database& db, const Clock& clock, StaffSettings settings)
    : m_db(db), m_clock(clock), m_settings(std::move(settings)) {}

Result<std::string> Staff::add(const std::string& raw_email, Role role) {
  auto email = accounts::normalize_email(raw_email);
  if (!email) return fail(ErrorKind::invalid_input, "--email: not an e-mail address: " + raw_email);
  auto now = m_clock.now();
  auto token = accounts::random_token();
  // An unusable hash until the person sets a password through the link.
  auto placeholder = "!unset:" + accounts::random_token();
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    const Value staff_params[] = {*email, std::string(to_string(role)), placeholder, now};
    auto row = conn.query_one(
        "INSERT INTO staff (email, role, password_hash, created_at) VALUES ($1, $2, $3, $4)"
        " RETURNING id", staff_params);
    if (!row) {
      if (row.error().kind == ErrorKind::conflict)
        return fail(ErrorKind::conflict, "a staff account for " + *email + " exists already");
      return std::unexpected(row.error());
    }
    auto staff_id = row->integer(0);
    const Value token_params[] = {accounts::token_hash(token), staff_id, now,
                                  now + m_settings.link_valid_seconds};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO staff_password_tokens (token_hash, staff_id, created_at, expires_at)"
        " VALUES ($1, $2, $3, $4)", token_params));
    // Created from the command line: the actor is the system.
    HANSE_TRY_STATUS(kAudit.append(conn, audit::system_event(now, "staff.created",
                                                             subject_of(staff_id))));
    return kAudit.append(conn, audit::system_event(now, "staff.role_set", subject_of(staff_id),
                                                   {{"role", to_string(role)}}));
  }));
  return token;
}

namespace {

Result<std::int64_t> live_token(db::Connection& conn, const std::string& token, std::int64_t now) {
  const Value params[] = {accounts::token_hash(token), now};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT staff_id FROM staff_password_tokens WHERE token_hash = $1 AND used_at IS NULL"
      " AND expires_at > $2", params));
  if (!row) return fail(ErrorKind::not_found, "This link is not valid any more.");
  return row->integer(0);
}

}  // namespace

Status Staff::check_password_token(const std::string& token) {
  privacy::OwnerRead door("a staff member's set-password link, for its holder");
  HANSE_TRY(auto lease, m_db.acquire());
  HANSE_TRY_STATUS(live_token(*lease, token, m_clock.now()));
  return {};
}

Result<std::string> Staff::set_password(const std::string& token, const std::string& password) {
  HANSE_TRY_STATUS(check_password_token(token));
  if (auto problem = accounts::password_problem(password); !problem.empty()) return problem;
  HANSE_TRY(auto hash, accounts::hash_password(password, m_settings.password));
  auto now = m_clock.now();
  privacy::OwnerRead door("a staff member's set-password link, used by its holder");
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(auto staff_id, live_token(conn, token, now));
    const Value used[] = {now, accounts::token_hash(token)};
    HANSE_TRY(auto n, conn.execute(
        "UPDATE staff_password_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
        used));
    if (n != 1) return fail(ErrorKind::not_found, "This link is not valid any more.");
    const Value params[] = {hash, staff_id};
    HANSE_TRY_STATUS(conn.execute("UPDATE staff SET password_hash = $1 WHERE id = $2", params));
    HANSE_TRY_STATUS(accounts::delete_sessions(conn, accounts::Principal::staff, staff_id,
                                               std::nullopt));
    return kAudit.append(conn, audit::staff_event(now, staff_id, "staff.password_set",
                                                  subject_of(staff_id)));
  }));
  return std::string();
}

Result<accounts::NewSession> Staff::sign_in(const std::string& raw_email,
                                            const std::string& password, const std::string& ip,
                                            const std::string& user_agent) {
  privacy::OwnerRead door("staff sign-in: the credentials of the address signing in, and its attempts");
  auto email = accounts::normalize_email(raw_email).value_or("");
  auto key = "staff:" + email;
  auto ip_key = "staff-ip:" + ip;
  auto now = m_clock.now();
  std::int64_t staff_id = 0;
  {
    HANSE_TRY(auto lease, m_db.acquire());
    auto& conn = *lease;
    HANSE_TRY(auto blocked, accounts::blocked_for(conn, key, now));
    HANSE_TRY(auto ip_blocked, accounts::blocked_for(conn, ip_key, now));
    if (blocked > 0 || ip_blocked > 0)
      return fail(ErrorKind::too_many_requests, "Too many failed sign-ins. Try again later.");
    const Value params[] = {email};
    HANSE_TRY(auto row, conn.query_optional(
        "SELECT id, password_hash FROM staff WHERE email = $1", params));
    bool good = false;
    if (row && row->text(1).starts_with("$argon2id$")) {
      good = accounts::verify_password(row->text(1), password);
    } else {
      accounts::burn_verification_time(m_settings.password);
    }
    if (!good) {
      HANSE_TRY_STATUS(accounts::record_failure(conn, key, now, m_settings.throttle));
      HANSE_TRY_STATUS(accounts::record_failure(conn, ip_key, now, m_settings.throttle));
      return fail(ErrorKind::unauthorized, "The e-mail address or the password is not right.");
    }
    staff_id = row->integer(0);
  }
  // The connection above is back in the pool before this one is taken.
  return m_db.transaction([&](db::Connection& conn) -> Result<accounts::NewSession> {
    HANSE_TRY_STATUS(accounts::clear_failures(conn, key));
    // Staff sessions never persist across browser restarts.
    HANSE_TRY(auto session, accounts::create_session(conn, accounts::Principal::staff, staff_id,
                                                     false, user_agent, now, m_settings.sessions));
    HANSE_TRY_STATUS(kAudit.append(conn, audit::staff_event(now, staff_id, "staff.sign_in",
                                                            subject_of(staff_id),
                                                            {{"session", session.session.id}})));
    return session;
  });
}

Result<std::optional<StaffMember>> Staff::member_for_session(const std::string& token) {
  privacy::OwnerRead door("a staff member's own session and record");
  HANSE_TRY(auto lease, m_db.acquire());
  HANSE_TRY(auto session, accounts::find_live_session(*lease, accounts::Principal::staff, token,
                                                      m_clock.now(), m_settings.sessions));
  if (!session) return std::optional<StaffMember>{};
  const Value params[] = {session->owner_id};
  HANSE_TRY(auto row, lease->query_optional("SELECT id, email, role FROM staff WHERE id = $1",
                                            params));
  if (!row) return std::optional<StaffMember>{};
  return StaffMember{row->integer(0), row->text(1), parse_role(row->text(2)).value_or(Role::support)};
}

Status Staff::sign_out(const std::string& token) {
  privacy::OwnerRead door("a staff member's own session, ended by them");
  auto now = m_clock.now();
  return m_db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(auto session, accounts::find_live_session(conn, accounts::Principal::staff, token,
                                                        now, m_settings.sessions));
    HANSE_TRY_STATUS(accounts::delete_session_by_token(conn, token));
    if (!session) return {};
    return kAudit.append(conn, audit::staff_event(now, session->owner_id, "staff.sign_out",
                                                  subject_of(session->owner_id),
                                                  {{"session", session->id}}));
  });
}

}  // namespace hanse::staff
