// The one place that sets cookies (web/cookies.h) and the CSRF token's
// binding to the session (web/csrf.h).
#include <gtest/gtest.h>

#include "accounts/tokens.h"
#include "http/form.h"
#include "web/cookies.h"
#include "web/csrf.h"

namespace hanse::web {
namespace {

http::Request request_with(std::string cookies, bool secure = false, std::string body = {}) {
  http::Request r;
  r.method = "POST";
  r.secure = secure;
  if (!cookies.empty()) r.headers.emplace_back("cookie", std::move(cookies));
  if (!body.empty()) {
    r.headers.emplace_back("content-type", "application/x-www-form-urlencoded");
    r.body = std::move(body);
  }
  return r;
}

TEST(WebCookies, PlainHttpUsesTheBareNameWithoutSecure) {
  http::Request request = request_with("");
  http::Response response;
  set_cookie(request, response, kSessionCookie, "tok");
  EXPECT_EQ(response.header("Set-Cookie"), "hanse_session=tok; Path=/; HttpOnly; SameSite=Lax");
}

TEST(WebCookies, TlsGivesSiteCookiesTheHostPrefix) {
  http::Request request = request_with("", true);
  http::Response response;
  set_cookie(request, response, kCsrfCookie, "tok");
  EXPECT_EQ(response.header("Set-Cookie"), "__Host-hanse_csrf=tok; Path=/; HttpOnly; Secure; SameSite=Lax");
  http::Response staff;
  set_cookie(request, staff, kStaffCookie, "s", 60);
  EXPECT_EQ(staff.header("Set-Cookie"),
            "__Secure-hanse_staff=s; Path=/staff; Max-Age=60; HttpOnly; Secure; SameSite=Strict");
}

TEST(WebCookies, TlsReadsOnlyThePrefixedName) {
  EXPECT_EQ(read_cookie(request_with("__Host-hanse_session=a", true), kSessionCookie), "a");
  EXPECT_EQ(read_cookie(request_with("hanse_session=a", true), kSessionCookie), std::nullopt);
  EXPECT_EQ(read_cookie(request_with("hanse_session=a"), kSessionCookie), "a");
}

TEST(WebCookies, DeleteSetsAnExpiredEmptyCookie) {
  http::Request request = request_with("hanse_session=a");
  http::Response response;
  delete_cookie(request, response, kSessionCookie);
  EXPECT_EQ(response.header("Set-Cookie"), "hanse_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
}

TEST(WebCsrf, P6_visitor_double_submit_pair_is_accepted) {
  const std::string t(43, 'A');
  EXPECT_TRUE(csrf_ok(request_with("hanse_csrf=" + t, false, "csrf=" + t)));
  EXPECT_FALSE(csrf_ok(request_with("hanse_csrf=" + t, false, "csrf=" + std::string(43, 'B'))));
  EXPECT_FALSE(csrf_ok(request_with("", false, "csrf=" + t)));
  EXPECT_FALSE(csrf_ok(request_with("hanse_csrf=", false, "csrf=")));
}

TEST(WebCsrf, P6_signed_in_requests_need_the_token_bound_to_their_session) {
  const std::string session = accounts::random_token();
  const std::string planted(43, 'A');
  // A planted cookie and field pair proves nothing once a session cookie is sent.
  EXPECT_FALSE(csrf_ok(request_with("hanse_session=" + session + "; hanse_csrf=" + planted, false,
                                    "csrf=" + planted)));
  auto bound = session_csrf_token(request_with("hanse_session=" + session));
  ASSERT_TRUE(bound);
  EXPECT_EQ(bound->size(), 43u);
  EXPECT_NE(*bound, session);
  EXPECT_NE(*bound, accounts::token_hash(session));
  EXPECT_TRUE(csrf_ok(request_with("hanse_session=" + session, false, "csrf=" + *bound)));
  // Another session's token does not fit this one.
  auto other = session_csrf_token(request_with("hanse_session=" + accounts::random_token()));
  ASSERT_TRUE(other);
  EXPECT_NE(*other, *bound);
  EXPECT_FALSE(csrf_ok(request_with("hanse_session=" + session, false, "csrf=" + *other)));
}

}  // namespace
}  // namespace hanse::web
