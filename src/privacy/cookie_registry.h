// The cookie registry (P-16): every cookie the site can set, declared once
// with its category, purpose, lifetime and the policy clause it serves.
// The response layer (web/pipeline_cookie_policy.cpp) drops any Set-Cookie
// whose name is not declared here, or whose category the visitor has not
// accepted; the cookie page (/privacy/cookies) and its JSON form are
// generated from this table.
//
// The registry has a revision. Each category records the revision at which
// it last changed (a cookie added to it, a purpose widened): a choice given
// at an earlier revision no longer counts for that category, so the visitor
// is asked again (web/cookie_choice.h). Raise kCookieRegistryRevision and the
// category's changed_in together whenever a non-necessary category changes.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace hanse::privacy {

enum class CookieCategory { necessary, statistics, advertising, partner_tracking, promotions };

inline constexpr std::array kCookieCategories{CookieCategory::necessary, CookieCategory::statistics,
                                              CookieCategory::advertising, CookieCategory::partner_tracking,
                                              CookieCategory::promotions};

// "necessary", "statistics", "advertising", "partner_tracking", "promotions".
const char* to_string(CookieCategory category);
std::optional<CookieCategory> parse_cookie_category(std::string_view text);

enum class CookieSameSite { lax, strict };

struct CookieDeclaration {
  const char* name;      // over plain HTTP
  const char* tls_name;  // over TLS, with the prefix the browser enforces ("__Host-", "__Secure-")
  const char* path;
  CookieSameSite same_site;
  CookieCategory category;
  const char* purpose;   // why the site sets it, in words
  const char* lifetime;  // how long it lives, in words (the cookie page)
  const char* clause;    // the policy clause that announces it
};

struct CookieCategoryDeclaration {
  CookieCategory category;
  const char* title;
  const char* description;
  int changed_in;  // the registry revision at which it last changed
};

inline constexpr int kCookieRegistryRevision = 1;

namespace cookies {
// Keeps a member signed in (P-5): the session token; no expiry unless
// "keep me signed in".
inline constexpr CookieDeclaration session{
    "hanse_session", "__Host-hanse_session", "/", CookieSameSite::lax, CookieCategory::necessary,
    "keeps you signed in", "until you close the browser, or accounts.remember_days if you ask to stay signed in",
    "signing-out"};
// Keeps a staff member signed in to the staff area only (S-1).
inline constexpr CookieDeclaration staff{
    "hanse_staff", "__Secure-hanse_staff", "/staff", CookieSameSite::strict, CookieCategory::necessary,
    "keeps staff signed in to the staff area", "until the browser is closed", "staff-access"};
// Proves that a form sent by a visitor who is not signed in came from this
// site (P-6); signed-in members' forms are bound to their session instead.
inline constexpr CookieDeclaration csrf{
    "hanse_csrf", "__Host-hanse_csrf", "/", CookieSameSite::lax, CookieCategory::necessary,
    "proves that a form you send came from this site", "until the browser is closed", "security-measures"};
// The visitor's cookie choices themselves (signed, so nobody else can set them).
inline constexpr CookieDeclaration choices{
    "hanse_cookie_choice", "__Host-hanse_cookie_choice", "/", CookieSameSite::lax, CookieCategory::necessary,
    "remembers which kinds of cookies you accepted", "180 days", "cookies-choices"};
// The industries a visitor browsed, to choose banners (P-11, targeted
// promotions): only with advertising accepted.
inline constexpr CookieDeclaration interests{
    "hanse_interests", "__Host-hanse_interests", "/", CookieSameSite::lax, CookieCategory::advertising,
    "remembers the industries you looked at, to choose the banners you see", "90 days", "cookies"};
// A visitor's progress in a promotion: only with promotions accepted.
inline constexpr CookieDeclaration promotions{
    "hanse_promotions", "__Host-hanse_promotions", "/", CookieSameSite::lax, CookieCategory::promotions,
    "remembers how far you got in a promotion", "90 days", "cookies"};
}  // namespace cookies

// Every declared cookie, necessary ones first.
std::span<const CookieDeclaration* const> cookie_registry();

// Every category with its title, description and revision.
std::span<const CookieCategoryDeclaration> cookie_categories();
const CookieCategoryDeclaration& cookie_category(CookieCategory category);

// The declaration whose plain or TLS name is `name`; null when undeclared.
const CookieDeclaration* find_cookie(std::string_view name);

}  // namespace hanse::privacy
