#include "privacy/suppression.h"

#include <array>
#include <cctype>
#include <stdexcept>

#include <sodium.h>

#include "privacy/door.h"

namespace hanse::privacy {
namespace {

std::string normalised(std::string_view address) {
  while (!address.empty() && std::isspace(static_cast<unsigned char>(address.front()))) address.remove_prefix(1);
  while (!address.empty() && std::isspace(static_cast<unsigned char>(address.back()))) address.remove_suffix(1);
  std::string out(address);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Result<std::string> hash_or_fail(std::string_view key, std::string_view address) {
  auto hash = suppression_hash(key, address);
  if (hash.empty())
    return fail(ErrorKind::invalid_input, "the suppression list needs privacy.suppression_key (at least 16 bytes)");
  return hash;
}

}  // namespace

std::string suppression_hash(std::string_view key, std::string_view address) {
  if (key.size() < kMinSuppressionKeyBytes) return {};
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  key = key.substr(0, crypto_generichash_KEYBYTES_MAX);
  // The domain prefix keeps this hash apart from every other use of the key.
  const std::string input = "hanse suppression v1\n" + normalised(address);
  std::array<unsigned char, 32> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(input.data()),
                     input.size(), reinterpret_cast<const unsigned char*>(key.data()), key.size());
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest.data(), digest.size());
  return std::string(hex);
}

bool is_promotional_purpose(std::string_view purpose) {
  return purpose == "marketing" || purpose.starts_with("marketing.") ||
         purpose == "analytics.reporting.ad_performance" ||
         purpose == "analytics.reporting.campaign_insights";
}

Status suppress_address(db::Connection& conn, std::string_view key, std::string_view address,
                        std::int64_t now) {
  HANSE_TRY(auto hash, hash_or_fail(key, address));
  const db::Value insert[] = {hash, now};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO promotion_suppressions (address_hash, created_at) VALUES ($1, $2) "
      "ON CONFLICT (address_hash) DO NOTHING",
      insert));
  // The address is matched, not read: a guardian's request names it.
  OwnerRead door("the account registered with an address a guardian asked to suppress, marked");
  const db::Value mark[] = {normalised(address), now};
  HANSE_TRY_STATUS(conn.execute(
      "UPDATE members SET promotions_suppressed_at = $2 "
      "WHERE email = $1 AND promotions_suppressed_at IS NULL",
      mark));
  return {};
}

Result<bool> is_suppressed(db::Connection& conn, std::string_view key, std::string_view address) {
  HANSE_TRY(auto hash, hash_or_fail(key, address));
  const db::Value params[] = {hash};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT 1 FROM promotion_suppressions WHERE address_hash = $1", params));
  return row.has_value();
}

Result<bool> apply_suppression(db::Connection& conn, std::string_view key, std::int64_t member_id,
                               std::string_view address, std::int64_t now) {
  HANSE_TRY(auto listed, is_suppressed(conn, key, address));
  if (!listed) return false;
  const db::Value mark[] = {member_id, now};
  HANSE_TRY_STATUS(conn.execute("UPDATE members SET promotions_suppressed_at = $2 WHERE id = $1", mark));
  return true;
}

}  // namespace hanse::privacy
