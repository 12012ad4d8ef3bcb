// The promotion suppression list (P-18): addresses that no promotion,
// marketing or advertising may reach, because a parent or guardian asked so
// for a child. The list holds a keyed hash of each address, never the
// address: BLAKE2b (libsodium crypto_generichash) keyed with the server's
// suppression key (privacy.suppression_key), so the list cannot be read
// back into addresses, and whoever lacks the key cannot test guesses.
//
// A member whose address is on the list carries members.promotions_suppressed_at;
// Guard::check refuses every promotional purpose for them
// (is_promotional_purpose), whatever their choices say.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "db/database.h"

namespace hanse::privacy {

// Shortest key accepted, in bytes (crypto_generichash_KEYBYTES_MIN).
inline constexpr std::size_t kMinSuppressionKeyBytes = 16;

// Lower-case hex (64 characters) of the keyed hash of the address, after
// trimming ASCII whitespace and lower-casing it, so that "Kid@X.example "
// and "kid@x.example" give the same hash. Empty when the key is shorter
// than kMinSuppressionKeyBytes (callers refuse to run without a key).
std::string suppression_hash(std::string_view key, std::string_view address);

// Purposes the list blocks: the fideslang "marketing" tree (promotion,
// marketing communications, advertising of every kind) and the analytics
// of advertising and campaigns.
bool is_promotional_purpose(std::string_view purpose);

// Puts the address on the list (its hash; already there is fine) and marks
// the member registered with that address, if any, as suppressed since now.
// Runs on conn, inside the caller's transaction. Errors: invalid_input for
// a missing key; whatever the database reports.
Status suppress_address(db::Connection& conn, std::string_view key, std::string_view address,
                        std::int64_t now);

// Whether the address is on the list. Errors: invalid_input for a missing
// key; whatever the database reports.
Result<bool> is_suppressed(db::Connection& conn, std::string_view key, std::string_view address);

// For a new registration: when the member's address is on the list, marks
// the member as suppressed since now and returns true. Runs on conn, inside
// the caller's transaction. Errors: as is_suppressed.
Result<bool> apply_suppression(db::Connection& conn, std::string_view key, std::int64_t member_id,
                               std::string_view address, std::int64_t now);

}  // namespace hanse::privacy
