#include <gtest/gtest.h>

#include "http/request.h"
#include "http/response.h"

namespace hanse::http {
namespace {

Request sample() {
  Request request;
  request.method = "POST";
  request.target = "/search?q=steel+pipe&page=2&q=other";
  request.path = "/search";
  request.query_string = "q=steel+pipe&page=2&q=other";
  request.headers = {{"host", "example"},
                     {"cookie", "sid=abc; theme=dark"},
                     {"cookie", "sid=later; lang=de"},
                     {"content-type", "application/x-www-form-urlencoded"}};
  request.body = "name=Hanse+AG&tags=a&tags=b";
  request.path_params = {{"id", "17"}};
  return request;
}

TEST(Request, HeaderByLowerCaseNameFirstOccurrence) {
  const Request request = sample();
  EXPECT_EQ(request.header("host"), "example");
  EXPECT_EQ(request.header("cookie"), "sid=abc; theme=dark");
  EXPECT_FALSE(request.header("authorization"));
}

TEST(Request, CookiesAcrossHeadersFirstWins) {
  const Request request = sample();
  EXPECT_EQ(request.cookie("sid"), "abc");
  EXPECT_EQ(request.cookie("lang"), "de");
  EXPECT_FALSE(request.cookie("missing"));
}

TEST(Request, QueryParametersDecoded) {
  const Request request = sample();
  EXPECT_EQ(request.query("q"), "steel pipe");
  EXPECT_EQ(request.query("page"), "2");
  EXPECT_FALSE(request.query("nope"));
}

TEST(Request, FormParsedByContentType) {
  const Request request = sample();
  EXPECT_EQ(request.form().get("name"), "Hanse AG");
  EXPECT_EQ(request.form().all("tags").size(), 2u);
  EXPECT_EQ(&request.form(), &request.form());  // parsed once
}

TEST(Request, NoFormForOtherContentTypes) {
  Request request = sample();
  request.headers = {{"content-type", "application/json"}};
  EXPECT_TRUE(request.form().fields.empty());
  Request bare;
  bare.body = "a=1";
  EXPECT_TRUE(bare.form().fields.empty());
}

TEST(Request, PathParam) {
  const Request request = sample();
  EXPECT_EQ(request.param("id"), "17");
  EXPECT_EQ(request.param("other"), "");
}

TEST(Response, ConstructorsSetTypeAndStatus) {
  const Response html = Response::html("<p>x</p>");
  EXPECT_EQ(html.status, 200);
  EXPECT_EQ(html.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(Response::text("x", 404).status, 404);
  EXPECT_EQ(Response::json("{}").header("Content-Type"), "application/json");
  const Response redirect = Response::redirect("/done");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.header("Location"), "/done");
  EXPECT_TRUE(redirect.body.empty());
}

TEST(Response, SetHeaderReplacesCaseInsensitivelyAddHeaderAppends) {
  Response response = Response::text("x");
  response.set_header("content-type", "text/csv");
  EXPECT_EQ(response.header("Content-Type"), "text/csv");
  EXPECT_EQ(response.headers.size(), 1u);
  response.add_header("Vary", "a");
  response.add_header("Vary", "b");
  EXPECT_EQ(response.headers.size(), 3u);
  EXPECT_EQ(response.header("missing"), "");
}

TEST(Response, SetCookieAddsOneHeaderPerCookie) {
  Response response;
  SetCookie a;
  a.name = "a";
  SetCookie b;
  b.name = "b";
  response.set_cookie(a);
  response.set_cookie(b);
  int count = 0;
  for (const auto& [name, value] : response.headers) {
    if (name == "Set-Cookie") ++count;
  }
  EXPECT_EQ(count, 2);
}

}  // namespace
}  // namespace hanse::http
