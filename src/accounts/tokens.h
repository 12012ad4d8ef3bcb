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
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace hanse::accounts
