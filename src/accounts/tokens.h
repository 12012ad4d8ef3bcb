// Secret tokens for sessions, CSRF and e-mailed links: 256 random bits,
// stored only as their SHA-256 hash (P-5).
#pragma once

#include <string>
#include <string_view>

namespace hanse::accounts {

// 32 random bytes from libsodium, base64url without padding (43 characters).
std::string random_token();

// Lower-case hex SHA-256 of the token: what the database stores.
std::string token_hash(std::string_view token);

// Compares without leaking the position of the first difference.
// A token derived from `secret` for one purpose: BLAKE2b keyed with the
// secret, over the purpose, base64url like random_token() (43 characters).
// Who does not know the secret cannot compute it, and knowing it reveals
// nothing of the secret. secret: at least 16 bytes (shorter gives "").
std::string derived_token(std::string_view secret, std::string_view purpose);

bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace hanse::accounts
