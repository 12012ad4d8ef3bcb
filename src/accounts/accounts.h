// Member accounts: registration, sign-in, sessions, password change and
// reset. The operations a handler calls; they know nothing of HTTP.
// Operations that hash a password are CPU-heavy: route them as Work::cpu.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "accounts/member.h"
#include "accounts/password.h"
#include "accounts/registration.h"
#include "accounts/session_store.h"
#include "accounts/throttle.h"
#include "audit/audit_log.h"
#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "mail/outbox.h"

namespace hanse::accounts {

struct AccountsSettings {
  PasswordParams password;
  SessionPolicy sessions;
  ThrottleRule per_account;
  ThrottleRule per_ip;
  // Attempts (not only failures) per IP and hour, against scripted sign-ups
  // and mail bombing (P-6); and reset mails per address and hour.
  ThrottleRule registrations_per_ip{20, 3600, 60, 3600};
  ThrottleRule resets_per_ip{10, 3600, 60, 3600};
  ThrottleRule resets_per_address{3, 3600, 60, 3600};
  std::string base_url;   // for links in e-mail
  std::string site_name;
  std::int64_t reset_valid_seconds = 3600;
  // The policy version in force at a time (P-19): registration pins the
  // member's data to it and records its acceptance in the consent ledger.
  std::function<std::int64_t(std::int64_t now)> policy_version_in_force =
      [](std::int64_t) { return std::int64_t{1}; };
  // The key of the promotion suppression list (P-18, privacy/suppression.h):
  // registering with a suppressed address marks the new member suppressed.
  // Empty: no list (nothing can be on it without a key).
  std::string suppression_key;
};

// The page registration happens on (pinned with the member's data, P-7).
inline constexpr const char* kRegistrationPage = "/register";

// Who is asking: recorded with sessions, used for rate limits.
struct ClientInfo {
  std::string ip;
  std::string user_agent;
};

struct RegistrationOutcome {
  FieldErrors errors;                // non-empty: nothing was stored
  std::optional<NewSession> session;  // set on success
};

class Accounts {
 public:
  Accounts(db::Database& db, const Clock& clock, const mail::Outbox& outbox, AccountsSettings settings);

  // Validates and normalises input (in place), stores the member (pinned to
  // the policy version in force and the registration page), records their
  // acceptance of that version in the consent ledger, writes the
  // member.register and consent.changed audit entries and signs them in,
  // all in one transaction. A taken e-mail is a field error, not an Error.
  // Errors: too_many_requests past registrations_per_ip.
  Result<RegistrationOutcome> register_member(RegistrationInput& input, const ClientInfo& client);

  // Errors: ErrorKind::unauthorized for any wrong e-mail/password pair (one
  // message, same cost whether or not the account exists);
  // ErrorKind::too_many_requests while the account or the IP is blocked.
  // A successful sign-in writes a member.sign_in audit entry.
  Result<NewSession> sign_in(const std::string& email, const std::string& password, bool remember,
                             const ClientInfo& client);

  // The member's live session for a cookie token, or nullopt.
  Result<std::optional<Session>> session_for(const std::string& token);
  // Ends the session (member.sign_out audit entry when it was live).
  Status sign_out(const std::string& token);

  Result<std::optional<Member>> member(std::int64_t member_id);
  Result<std::vector<Session>> sessions(std::int64_t member_id);
  // Errors: ErrorKind::not_found when the session is not the member's.
  Status end_session(std::int64_t member_id, std::int64_t session_id);
  Status end_all_sessions(std::int64_t member_id);

  // Checks the current password, stores the new one and ends the member's
  // other sessions (member.password_changed audit entry). Returns field
  // errors (current_password, new_password).
  Result<FieldErrors> change_password(std::int64_t member_id, std::int64_t current_session_id,
                                      const std::string& current_password,
                                      const std::string& new_password);

  // Queues a reset link when the address is registered; does the same
  // amount of visible work when it is not (the answer never tells). Past
  // resets_per_address the address gets no further mail this hour (same
  // answer). Errors: too_many_requests past resets_per_ip.
  Status request_password_reset(const std::string& email, const ClientInfo& client);
  // Errors: ErrorKind::not_found when the token is unknown, used or expired.
  Status check_reset_token(const std::string& token);
  // Sets the password, uses up the token and ends every session
  // (member.password_reset audit entry).
  // Returns field errors for new_password; not_found as above.
  Result<FieldErrors> reset_password(const std::string& token, const std::string& new_password);

  // Counts one request under each key (a member's or an IP address's
  // creations of one kind, SPEC R-2: in the database, so every instance
  // counts alike) and returns the seconds the most blocked of them stays
  // blocked (0: this request is allowed). Errors: the database's.
  Result<std::int64_t> count_requests(std::initializer_list<std::pair<std::string, ThrottleRule>> keys);

  const AccountsSettings& settings() const { return m_settings; }

 private:
  db::Database& m_db;
  const Clock& m_clock;
  const mail::Outbox& m_outbox;
  // Counts an attempt under key; too_many_requests once rule is exceeded.
  Status count_attempt(const std::string& key, const ThrottleRule& rule);
  AccountsSettings m_settings;
  audit::AuditLog m_audit;
};

}  // namespace hanse::accounts
