#include "accounts/password.h"

#include <mutex>

#include <sodium.h>

namespace hanse::accounts {

std::string password_problem(std::string_view password) {
  if (password.size() < kMinPasswordLength) return "Use at least 10 characters.";
  if (password.size() > kMaxPasswordLength) return "Use at most 1024 characters.";
  return {};
}

Result<std::string> hash_password(std::string_view password, const PasswordParams& params) {
  if (sodium_init() < 0) return fail(ErrorKind::internal, "libsodium failed to initialise");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            static_cast<unsigned long long>(params.iterations),
                            static_cast<std::size_t>(params.memory_kib) * 1024,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return fail(ErrorKind::internal, "password hashing ran out of memory");
  }
  return std::string(out);
}

bool verify_password(std::string_view encoded, std::string_view password) {
  if (sodium_init() < 0) return false;
  std::string hash(encoded);  // libsodium wants a NUL-terminated string
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void burn_verification_time(const PasswordParams& params) {
  static std::once_flag once;
  static std::string dummy;
  std::call_once(once, [&] {
    auto h = hash_password("not-a-real-password-for-timing", params);
    dummy = h ? *h : std::string();
  });
  if (!dummy.empty()) (void)verify_password(dummy, "still-not-the-password");
}

}  // namespace hanse::accounts
