// The pipeline's cookie policy (P-16): the response layer refuses cookies
// that are not declared or not accepted, and deletes withdrawn ones.
#include <gtest/gtest.h>

#include <algorithm>

#include "http/cookies.h"
#include "web/cookies.h"
#include "web/pipeline.h"

namespace hanse::web {
namespace {

int count_set_cookies(const http::Response& response, std::string_view prefix) {
  return static_cast<int>(std::ranges::count_if(response.headers, [&](const auto& h) {
    return h.first == "Set-Cookie" && std::string_view(h.second).starts_with(prefix);
  }));
}

TEST(WebCookiePolicy, P16_an_undeclared_cookie_is_refused) {
  http::Request request;
  http::Response response;
  http::SetCookie undeclared;
  undeclared.name = "tracker";
  undeclared.value = "123";
  response.set_cookie(undeclared);
  response.add_header("set-cookie", "other=1; Path=/");
  set_cookie(request, response, kCsrfCookie, "tok");
  apply_cookie_policy(request, response, privacy::CookieConsent(privacy::CookieChoice::all(true, 1), false), "/t");
  EXPECT_EQ(count_set_cookies(response, "tracker="), 0);
  EXPECT_EQ(count_set_cookies(response, "other="), 0);
  EXPECT_EQ(count_set_cookies(response, "hanse_csrf=tok"), 1);
}

TEST(WebCookiePolicy, P16_a_cookie_of_a_refused_category_is_not_set) {
  http::Request request;
  http::Response response;
  set_cookie(request, response, kInterestCookie, "machinery", 3600);
  set_cookie(request, response, kPromotionCookie, "p1", 3600);
  set_cookie(request, response, kSessionCookie, "s");
  privacy::CookieChoice choice;
  choice[privacy::CookieCategory::promotions] = true;
  apply_cookie_policy(request, response, privacy::CookieConsent(choice, false), "/t");
  EXPECT_EQ(count_set_cookies(response, "hanse_interests="), 0);
  EXPECT_EQ(count_set_cookies(response, "hanse_promotions=p1"), 1);
  EXPECT_EQ(count_set_cookies(response, "hanse_session=s"), 1);
  // GPC without a choice: advertising refused.
  http::Response gpc;
  set_cookie(request, gpc, kInterestCookie, "machinery", 3600);
  apply_cookie_policy(request, gpc, privacy::CookieConsent(std::nullopt, true), "/t");
  EXPECT_EQ(count_set_cookies(gpc, "hanse_interests="), 0);
}

TEST(WebCookiePolicy, P16_a_withdrawn_cookie_the_browser_still_sends_is_deleted) {
  http::Request request;
  request.headers.emplace_back("cookie", "hanse_interests=machinery; hanse_session=s");
  http::Response response;
  apply_cookie_policy(request, response, privacy::CookieConsent(privacy::CookieChoice::all(false, 1), false), "/t");
  EXPECT_EQ(count_set_cookies(response, "hanse_interests=; Path=/; Max-Age=0"), 1);
  EXPECT_EQ(count_set_cookies(response, "hanse_session="), 0);  // necessary: left alone
}

}  // namespace
}  // namespace hanse::web
