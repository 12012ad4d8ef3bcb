// The erased member's identifiers and the searches erasure runs for them:
// the redaction of kept free text and the self-check over every column.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::rights {

struct Identifier {
  std::string what;   // "e-mail", "name", ... (for logs: never the value)
  std::string value;
};

struct Captured {
  std::string email;
  std::vector<Identifier> identifiers;  // e-mail first
};

// The member's e-mail, phone, name, postal address and company address,
// and the address of their company when no other member belongs to it.
// Call inside an OwnerRead. Errors: not_found when there is no such member.
Result<Captured> capture_identifiers(db::Connection& conn, std::int64_t member_id);

// The identifiers that are the erased member's alone: those also held by
// another member (name, phone, addresses of members) or by a company that
// stays (its name or address) are left out, as finding them proves
// nothing. Call after the member's rows are gone. Errors: the database's.
Result<std::vector<Identifier>> own_identifiers(db::Connection& conn,
                                                const std::vector<Identifier>& identifiers);

// Replaces each identifier by privacy::kRedacted in the data map's
// `redact` columns. Errors: the database's.
Status redact(db::Connection& conn, const std::vector<Identifier>& identifiers);

// "table.column" for every column of the live schema that still holds one
// of the identifiers (case-insensitive; identifiers shorter than 4
// characters only as a whole value; integer and float columns are not
// searched). Errors: the database's.
Result<std::vector<std::string>> find_identifiers(db::Connection& conn,
                                                  const std::vector<Identifier>& identifiers);

}  // namespace hanse::rights
