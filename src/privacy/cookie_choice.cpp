#include "privacy/cookie_choice.h"

#include <charconv>
#include <vector>

#include <sodium.h>

#include <fmt/format.h>

namespace hanse::privacy {
namespace {

// key: crypto_auth_KEYBYTES bytes (checked by the callers).
std::string mac_hex(std::string_view key, std::string_view message) {
  unsigned char mac[crypto_auth_BYTES];
  crypto_auth(mac, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
              reinterpret_cast<const unsigned char*>(key.data()));
  char hex[crypto_auth_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

template <class Int>
bool parse_int(std::string_view text, Int& out) {
  if (text.empty() || text.size() > 19) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

std::vector<std::string_view> split_dots(std::string_view text) {
  std::vector<std::string_view> parts;
  while (true) {
    auto dot = text.find('.');
    parts.push_back(text.substr(0, dot));
    if (dot == std::string_view::npos) return parts;
    text.remove_prefix(dot + 1);
  }
}

}  // namespace

std::string cookie_choice_key(std::string_view secret) {
  std::string key(crypto_auth_KEYBYTES, '\0');
  // The secret is the message (any length; a BLAKE2b key is at most 64
  // bytes) and the purpose the key, so that no other use of the secret
  // gives the same bytes.
  static constexpr std::string_view kPurpose = "hanse cookie choice v1";
  crypto_generichash(reinterpret_cast<unsigned char*>(key.data()), key.size(),
                     reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                     reinterpret_cast<const unsigned char*>(kPurpose.data()), kPurpose.size());
  return key;
}

CookieChoice CookieChoice::all(bool accepted, std::int64_t now) {
  CookieChoice choice;
  for (auto category : kCookieCategories)
    if (category != CookieCategory::necessary) choice[category] = accepted;
  choice.given_at = now;
  return choice;
}

std::string encode_cookie_choice(std::string_view key, const CookieChoice& choice) {
  if (key.size() != crypto_auth_KEYBYTES) return {};
  std::string answers;
  for (const auto& given : choice.given) answers += !given ? '-' : *given ? 'g' : 'd';
  auto message = fmt::format("v1.{}.{}.{}", choice.revision, answers, choice.given_at);
  return message + "." + mac_hex(key, message);
}

std::optional<CookieChoice> decode_cookie_choice(std::string_view key, std::string_view text) {
  if (text.size() > 256 || key.size() != crypto_auth_KEYBYTES) return std::nullopt;
  auto parts = split_dots(text);
  if (parts.size() != 5 || parts[0] != "v1") return std::nullopt;
  const auto message = text.substr(0, text.rfind('.'));
  const auto expected = mac_hex(key, message);
  if (parts[4].size() != expected.size() ||
      sodium_memcmp(parts[4].data(), expected.data(), expected.size()) != 0)
    return std::nullopt;
  CookieChoice choice;
  if (!parse_int(parts[1], choice.revision) || choice.revision < 1 || choice.revision > kCookieRegistryRevision)
    return std::nullopt;
  if (parts[2].size() != choice.given.size()) return std::nullopt;
  for (std::size_t i = 0; i < choice.given.size(); ++i) {
    switch (parts[2][i]) {
      case 'g': choice.given[i] = true; break;
      case 'd': choice.given[i] = false; break;
      case '-': choice.given[i] = std::nullopt; break;
      default: return std::nullopt;
    }
  }
  if (!parse_int(parts[3], choice.given_at) || choice.given_at < 0) return std::nullopt;
  return choice;
}

bool gpc_refuses(CookieCategory category) {
  return category == CookieCategory::advertising || category == CookieCategory::partner_tracking;
}

std::optional<bool> CookieConsent::answer(CookieCategory category) const {
  if (category == CookieCategory::necessary) return true;
  if (!m_choice || m_choice->revision < cookie_category(category).changed_in) return std::nullopt;
  return (*m_choice)[category];
}

bool CookieConsent::allows(CookieCategory category) const { return answer(category).value_or(false); }

bool CookieConsent::refused_by_gpc(CookieCategory category) const {
  return m_gpc && gpc_refuses(category) && !answer(category).has_value();
}

bool CookieConsent::needs_asking() const {
  for (auto category : kCookieCategories)
    if (!answer(category) && !refused_by_gpc(category)) return true;
  return false;
}

}  // namespace hanse::privacy
