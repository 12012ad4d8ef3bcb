// Staff accounts (S-1): administrators, support and compliance officers,
// separate from members, with their own sessions and sign-in page.
// A staff member sets their own password through a single-use link that
// `hanse staff add` prints; no command or page shows a password.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "accounts/password.h"
#include "accounts/session_store.h"
#include "accounts/throttle.h"
#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"

namespace hanse::staff {

enum class Role { admin, support, compliance };

std::optional<Role> parse_role(std::string_view text);
const char* to_string(Role role);

struct StaffMember {
  std::int64_t id = 0;
  std::string email;
  Role role = Role::support;
};

struct StaffSettings {
  accounts::PasswordParams password;
  accounts::SessionPolicy sessions;
  accounts::ThrottleRule throttle;
  std::int64_t link_valid_seconds = 24 * 3600;
};

class Staff {
 public:
  Staff(db::Database& db, const Clock& clock, StaffSettings settings);

  // Creates a staff account and returns the token of its set-password link.
  // Errors: invalid_input for a bad e-mail; conflict when it exists.
  Result<std::string> add(const std::string& email, Role role);

  // Errors: not_found for an unknown, used or expired token.
  Status check_password_token(const std::string& token);
  // Returns a message for the form ("" on success); not_found as above.
  Result<std::string> set_password(const std::string& token, const std::string& password);

  // Errors: unauthorized (generic), too_many_requests.
  Result<accounts::NewSession> sign_in(const std::string& email, const std::string& password,
                                       const std::string& ip, const std::string& user_agent);
  Result<std::optional<StaffMember>> member_for_session(const std::string& token);
  Status sign_out(const std::string& token);

 private:
  db::Database& m_db;
  const Clock& m_clock;
  StaffSettings m_settings;
};

}  // namespace hanse::staff
