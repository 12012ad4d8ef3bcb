// A visitor's cookie choices (P-16) and what they allow on one request.
//
// The choice travels in the necessary cookie hanse_cookie_choice, signed
// with the server's key (libsodium crypto_auth, HMAC-SHA-512-256), so a
// cookie planted by someone else, or edited, is ignored and the visitor is
// asked again. For members it is also written to the consent ledger (kind
// "cookies", one event per category, the registry revision in the source).
//
// The Global Privacy Control signal (Sec-GPC: 1) refuses advertising and
// partner tracking for a visitor who has not chosen them; an explicit later
// choice in the settings overrides it, because it is the person's own.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "privacy/cookie_registry.h"

namespace hanse::privacy {

struct CookieChoice {
  // Per category (indexed by CookieCategory): true accepted, false refused,
  // nullopt not chosen. The necessary entry is ignored.
  std::array<std::optional<bool>, kCookieCategories.size()> given{};
  int revision = kCookieRegistryRevision;  // the registry revision it was given at
  std::int64_t given_at = 0;               // Unix seconds

  static CookieChoice all(bool accepted, std::int64_t now);
  std::optional<bool>& operator[](CookieCategory c) { return given[static_cast<std::size_t>(c)]; }
  const std::optional<bool>& operator[](CookieCategory c) const { return given[static_cast<std::size_t>(c)]; }
};

// The key that signs choice cookies, derived from a server secret (BLAKE2b
// of it): 32 bytes, made once at start-up.
std::string cookie_choice_key(std::string_view secret);

// The cookie's value: "v1.REV.AAAAA.TIME.MAC" (A: g granted, d refused,
// - not chosen, one per category). key: from cookie_choice_key(); "" for
// another key size.
std::string encode_cookie_choice(std::string_view key, const CookieChoice& choice);

// The choice in a cookie value, or nullopt when it is malformed, its MAC
// does not match (or the key is not one of cookie_choice_key()), or it
// claims a revision the registry has not reached.
std::optional<CookieChoice> decode_cookie_choice(std::string_view key, std::string_view text);

// What one request's cookies may be: its choice (when it has one) and the
// GPC signal.
class CookieConsent {
 public:
  CookieConsent() = default;  // nothing chosen, no signal: necessary cookies only
  CookieConsent(std::optional<CookieChoice> choice, bool gpc) : m_choice(std::move(choice)), m_gpc(gpc) {}

  // The choice still in force for the category: nullopt when never given,
  // or given before the category last changed (asked again).
  std::optional<bool> answer(CookieCategory category) const;

  // Whether a cookie of the category may be set: necessary always; others
  // only when accepted.
  bool allows(CookieCategory category) const;

  // Whether the GPC signal decided the category (refused, no choice given).
  bool refused_by_gpc(CookieCategory category) const;

  // Whether the visitor should be asked (the banner): some category is
  // neither answered nor settled by GPC.
  bool needs_asking() const;

  bool gpc() const { return m_gpc; }
  const std::optional<CookieChoice>& choice() const { return m_choice; }

 private:
  std::optional<CookieChoice> m_choice;
  bool m_gpc = false;
};

// Categories that the GPC signal refuses.
bool gpc_refuses(CookieCategory category);

}  // namespace hanse::privacy
