// Queries on the members table. Reads here return the member's own data to
// the member (or to sign-in), inside the caller's privacy::OwnerRead
// (privacy/door.h; Accounts opens it); reads for other purposes go through
// the privacy guard.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "accounts/member.h"
#include "core/result.h"
#include "db/database.h"

namespace hanse::accounts {

// Where and under which policy version a member's data was collected
// (stored with the row; the guard applies that version's terms to it).
struct Pinning {
  std::int64_t policy_version = 1;
  std::string collected_on = "/register";  // the page or partner
};

// Inserts a member pinned to pinning and returns the new id.
// Errors: ErrorKind::conflict when the e-mail is already registered.
Result<std::int64_t> insert_member(db::Connection& conn, const MemberFields& fields,
                                   const std::string& password_hash, std::int64_t now,
                                   const Pinning& pinning = {});

Result<std::optional<Member>> find_member(db::Connection& conn, std::int64_t id);

struct Credentials {
  std::int64_t member_id = 0;
  std::string password_hash;
};
// The id and hash for a normalised e-mail, for sign-in and reset only.
Result<std::optional<Credentials>> find_credentials_by_email(db::Connection& conn,
                                                             const std::string& email);
Result<std::optional<std::string>> find_password_hash(db::Connection& conn, std::int64_t member_id);

Status update_password_hash(db::Connection& conn, std::int64_t member_id,
                            const std::string& password_hash, std::int64_t now);

}  // namespace hanse::accounts
