// Password hashing: Argon2id through libsodium (P-4). Parameters are at or
// above the OWASP Password Storage Cheat Sheet minimum (m = 19 MiB, t = 2,
// p = 1); config refuses anything lower. CPU-heavy: call from Work::cpu routes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace hanse::accounts {

struct PasswordParams {
  std::int64_t memory_kib = 19456;
  int iterations = 2;
};

inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 1024;

// Checks length rules; returns a message for the form, or "" when acceptable.
std::string password_problem(std::string_view password);

// The encoded Argon2id string ($argon2id$v=19$m=...,t=...,p=1$salt$hash).
// Errors: ErrorKind::internal when libsodium runs out of memory.
Result<std::string> hash_password(std::string_view password, const PasswordParams& params);

// True when password matches the encoded hash. Constant time in the hash.
bool verify_password(std::string_view encoded, std::string_view password);

// Runs a verification against a fixed dummy hash, so that "no such account"
// costs as much time as "wrong password" (no account enumeration by timing).
void burn_verification_time(const PasswordParams& params);

}  // namespace hanse::accounts
