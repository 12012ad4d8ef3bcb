#include "accounts/accounts.h"

#include <fmt/format.h>

#include "accounts/member_store.h"
#include "accounts/normalize.h"
#include "accounts/tokens.h"
#include "core/paths.h"
#include "privacy/consent_ledger.h"
#include "privacy/door.h"
#include "privacy/suppression.h"

namespace hanse::accounts {

using db::Value;

Accounts::Accounts(db::Database& db, const Clock& clock, const mail::Outbox& outbox,
                   AccountsSettings settings)
    : m_db(db), m_clock(clock), m_outbox(outbox), m_settings(std::move(settings)) {}

Result<RegistrationOutcome> Accounts::register_member(RegistrationInput& input,
                                                      const ClientInfo& client) {
  HANSE_TRY_STATUS(count_attempt("register-ip:" + client.ip, m_settings.registrations_per_ip));
  RegistrationOutcome outcome;
  outcome.errors = validate_registration(input);
  if (!outcome.errors.empty()) return outcome;
  HANSE_TRY(auto hash, hash_password(input.password, m_settings.password));
  auto now = m_clock.now();
  auto version = m_settings.policy_version_in_force(now);
  auto stored = m_db.transaction([&](db::Connection& conn) -> Result<NewSession> {
    HANSE_TRY(auto id, insert_member(conn, input.fields, hash, now,
                                     Pinning{version, kRegistrationPage}));
    const privacy::ConsentEvent accepted{0, id, privacy::ConsentKind::policy_version,
                                         std::to_string(version), "accepted", now,
                                         kRegistrationPage};
    HANSE_TRY_STATUS(privacy::record(conn, accepted));
    if (!m_settings.suppression_key.empty()) {
      HANSE_TRY(auto suppressed, privacy::apply_suppression(conn, m_settings.suppression_key, id,
                                                            input.fields.email, now));
      if (suppressed)
        HANSE_TRY_STATUS(m_audit.append(conn, audit::member_event(now, id, "member.promotions_suppressed",
                                                                  {{"source", kRegistrationPage}})));
    }
    HANSE_TRY_STATUS(m_audit.append(conn, audit::member_event(now, id, "member.register",
                                                              {{"policy_version", version},
                                                               {"source", kRegistrationPage}})));
    HANSE_TRY_STATUS(m_audit.append(
        conn, audit::member_event(now, id, "consent.changed",
                                  {{"kind", "policy_version"},
                                   {"what", accepted.what},
                                   {"value", accepted.value},
                                   {"source", accepted.source}})));
    HANSE_TRY(auto session, create_session(conn, Principal::member, id, false, client.user_agent,
                                           now, m_settings.sessions));
    HANSE_TRY_STATUS(m_audit.append(conn, audit::member_event(now, id, "member.sign_in",
                                                              {{"session", session.session.id}})));
    return session;
  });
  if (!stored) {
    if (stored.error().kind != ErrorKind::conflict) return std::unexpected(stored.error());
    outcome.errors["email"] = "This e-mail address is already registered. Sign in instead.";
    return outcome;
  }
  outcome.session = std::move(*stored);
  return outcome;
}

Result<NewSession> Accounts::sign_in(const std::string& raw_email, const std::string& password,
                                     bool remember, const ClientInfo& client) {
  privacy::OwnerRead door("sign-in: the credentials of the address signing in, and its attempts");
  auto email = normalize_email(raw_email).value_or(clean_text(raw_email, false));
  auto account_key = "account:" + email;
  auto ip_key = "ip:" + client.ip;
  auto now = m_clock.now();
  std::int64_t member_id = 0;
  {
    HANSE_TRY(auto lease, m_db.acquire());
    auto& conn = *lease;
    HANSE_TRY(auto account_block, blocked_for(conn, account_key, now));
    HANSE_TRY(auto ip_block, blocked_for(conn, ip_key, now));
    if (account_block > 0 || ip_block > 0) {
      return fail(ErrorKind::too_many_requests,
                  fmt::format("Too many failed sign-ins. Try again in {} seconds.",
                              std::max(account_block, ip_block)));
    }
    HANSE_TRY(auto credentials, find_credentials_by_email(conn, email));
    bool good = false;
    if (credentials) {
      good = verify_password(credentials->password_hash, password);
    } else {
      burn_verification_time(m_settings.password);
    }
    if (!good) {
      HANSE_TRY_STATUS(record_failure(conn, account_key, now, m_settings.per_account));
      HANSE_TRY_STATUS(record_failure(conn, ip_key, now, m_settings.per_ip));
      return fail(ErrorKind::unauthorized, "The e-mail address or the password is not right.");
    }
    member_id = credentials->member_id;
  }
  // The connection above is back in the pool before this one is taken.
  return m_db.transaction([&](db::Connection& conn) -> Result<NewSession> {
    HANSE_TRY_STATUS(clear_failures(conn, account_key));
    HANSE_TRY(auto session, create_session(conn, Principal::member, member_id, remember,
                                           client.user_agent, now, m_settings.sessions));
    HANSE_TRY_STATUS(m_audit.append(
        conn, audit::member_event(now, member_id, "member.sign_in",
                                  {{"session", session.session.id}, {"remember", remember}})));
    return session;
  });
}

Result<std::optional<Session>> Accounts::session_for(const std::string& token) {
  privacy::OwnerRead door("the session of the cookie's holder");
  HANSE_TRY(auto lease, m_db.acquire());
  return find_live_session(*lease, Principal::member, token, m_clock.now(), m_settings.sessions);
}

Status Accounts::sign_out(const std::string& token) {
  privacy::OwnerRead door("the session of the cookie's holder, ended by them");
  auto now = m_clock.now();
  return m_db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(auto session, find_live_session(conn, Principal::member, token, now,
                                              m_settings.sessions));
    HANSE_TRY_STATUS(delete_session_by_token(conn, token));
    if (!session) return {};
    return m_audit.append(conn, audit::member_event(now, session->owner_id, "member.sign_out",
                                                    {{"session", session->id}}));
  });
}

Result<std::optional<Member>> Accounts::member(std::int64_t member_id) {
  privacy::OwnerRead door("a member's own record, for the member signed in");
  HANSE_TRY(auto lease, m_db.acquire());
  return find_member(*lease, member_id);
}

Result<std::vector<Session>> Accounts::sessions(std::int64_t member_id) {
  privacy::OwnerRead door("a member's own sessions, for their sessions page");
  HANSE_TRY(auto lease, m_db.acquire());
  return list_sessions(*lease, Principal::member, member_id, m_clock.now());
}

Status Accounts::end_session(std::int64_t member_id, std::int64_t session_id) {
  HANSE_TRY(auto lease, m_db.acquire());
  HANSE_TRY(bool deleted, delete_session(*lease, Principal::member, member_id, session_id));
  if (!deleted) return fail(ErrorKind::not_found, "no such session");
  return {};
}

Status Accounts::end_all_sessions(std::int64_t member_id) {
  HANSE_TRY(auto lease, m_db.acquire());
  HANSE_TRY_STATUS(delete_sessions(*lease, Principal::member, member_id, std::nullopt));
  return {};
}

Result<FieldErrors> Accounts::change_password(std::int64_t member_id,
                                              std::int64_t current_session_id,
                                              const std::string& current_password,
                                              const std::string& new_password) {
  FieldErrors errors;
  std::optional<std::string> stored;
  {
    privacy::OwnerRead door("a member's own password hash, to check their current password");
    HANSE_TRY(auto lease, m_db.acquire());
    HANSE_TRY(stored, find_password_hash(*lease, member_id));
  }
  if (!stored) return fail(ErrorKind::not_found, "no such member");
  if (!verify_password(*stored, current_password))
    errors["current_password"] = "This is not your current password.";
  if (auto problem = password_problem(new_password); !problem.empty())
    errors["new_password"] = problem;
  if (!errors.empty()) return errors;
  HANSE_TRY(auto hash, hash_password(new_password, m_settings.password));
  auto now = m_clock.now();
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(update_password_hash(conn, member_id, hash, now));
    HANSE_TRY(auto ended,
              delete_sessions(conn, Principal::member, member_id, current_session_id));
    return m_audit.append(conn, audit::member_event(now, member_id, "member.password_changed",
                                                    {{"sessions_ended", ended}}));
  }));
  return errors;
}

Result<std::int64_t> Accounts::count_requests(
    std::initializer_list<std::pair<std::string, ThrottleRule>> keys) {
  privacy::OwnerRead door("the requester's own requests, counted by their member id or IP");
  auto now = m_clock.now();
  return m_db.transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    std::int64_t blocked = 0;
    for (const auto& [key, rule] : keys) {
      HANSE_TRY(auto seconds, accounts::count_attempt(conn, key, now, rule));
      blocked = std::max(blocked, seconds);
    }
    return blocked;
  });
}

Status Accounts::count_attempt(const std::string& key, const ThrottleRule& rule) {
  privacy::OwnerRead door("the requester's own attempts, counted by their IP or address");
  auto now = m_clock.now();
  HANSE_TRY(auto lease, m_db.acquire());
  HANSE_TRY(auto blocked, accounts::count_attempt(*lease, key, now, rule));
  if (blocked > 0)
    return fail(ErrorKind::too_many_requests,
                fmt::format("Too many attempts from your network. Try again in {} minutes.",
                            (blocked + 59) / 60));
  return {};
}

Status Accounts::request_password_reset(const std::string& raw_email, const ClientInfo& client) {
  HANSE_TRY_STATUS(count_attempt("reset-ip:" + client.ip, m_settings.resets_per_ip));
  auto email = normalize_email(raw_email);
  if (!email) return {};
  if (auto per_address = count_attempt("reset-address:" + *email, m_settings.resets_per_address);
      !per_address) {
    if (per_address.error().kind == ErrorKind::too_many_requests) return {};  // same answer, no mail
    return per_address;
  }
  auto now = m_clock.now();
  privacy::OwnerRead door("a reset link mailed to the holder of the address");
  return m_db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(auto credentials, find_credentials_by_email(conn, *email));
    if (!credentials) return {};
    auto token = random_token();
    const Value params[] = {token_hash(token), credentials->member_id, now,
                            now + m_settings.reset_valid_seconds};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO password_resets (token_hash, member_id, created_at, expires_at)"
        " VALUES ($1, $2, $3, $4)", params));
    mail::Message message;
    message.to = *email;
    message.kind = mail::MailKind::administrative;
    message.subject = fmt::format("Reset your {} password", m_settings.site_name);
    message.body = fmt::format(
        "Someone asked to reset the password of your {0} account.\n\n"
        "To choose a new password, open this link within one hour:\n\n"
        "{1}\n\n"
        "The link works once. If you did not ask for it, ignore this message: your password "
        "stays as it is.\n",
        m_settings.site_name, paths::absolute(m_settings.base_url, paths::password_reset(token)));
    return m_outbox.enqueue(conn, message);
  });
}

namespace {

// The member id for a live reset token, or not_found.
Result<std::int64_t> live_reset(db::Connection& conn, const std::string& token, std::int64_t now) {
  const Value params[] = {token_hash(token), now};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT member_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL"
      " AND expires_at > $2", params));
  if (!row) return fail(ErrorKind::not_found, "This reset link is not valid any more.");
  return row->integer(0);
}

}  // namespace

Status Accounts::check_reset_token(const std::string& token) {
  privacy::OwnerRead door("the reset link of its holder");
  HANSE_TRY(auto lease, m_db.acquire());
  HANSE_TRY_STATUS(live_reset(*lease, token, m_clock.now()));
  return {};
}

Result<FieldErrors> Accounts::reset_password(const std::string& token,
                                             const std::string& new_password) {
  FieldErrors errors;
  HANSE_TRY_STATUS(check_reset_token(token));
  if (auto problem = password_problem(new_password); !problem.empty()) {
    errors["new_password"] = problem;
    return errors;
  }
  HANSE_TRY(auto hash, hash_password(new_password, m_settings.password));
  auto now = m_clock.now();
  privacy::OwnerRead door("the reset link of its holder, used by them");
  HANSE_TRY_STATUS(m_db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(auto member_id, live_reset(conn, token, now));
    const Value used[] = {now, token_hash(token)};
    HANSE_TRY(auto n, conn.execute(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL", used));
    if (n != 1) return fail(ErrorKind::not_found, "This reset link is not valid any more.");
    HANSE_TRY_STATUS(update_password_hash(conn, member_id, hash, now));
    HANSE_TRY(auto ended, delete_sessions(conn, Principal::member, member_id, std::nullopt));
    return m_audit.append(conn, audit::member_event(now, member_id, "member.password_reset",
                                                    {{"sessions_ended", ended}}));
  }));
  return errors;
}

}  // namespace hanse::accounts
