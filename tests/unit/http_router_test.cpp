#include <gtest/gtest.h>

#include "http/router.h"

namespace hanse::http {
namespace {

Handler returning(std::string text) {
  return [text](Request&) { return Response::text(text); };
}

std::string run(const Match& match) {
  Request request;
  return match.route->handler(request).body;
}

Router make_router() {
  Router router;
  router.add({"GET", "/", returning("home")});
  router.add({"GET", "/company/{id}", returning("show")});
  router.add({"POST", "/company/{id}", returning("update")});
  router.add({"GET", "/company/new", returning("new")});
  router.add({"GET", "/company/{id}/products/{product}", returning("product")});
  router.add({"POST", "/login", returning("login"), Work::cpu});
  return router;
}

TEST(Router, MatchesLiteralRoot) {
  const Router router = make_router();
  const Match match = router.match("GET", "/");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(run(match), "home");
}

TEST(Router, ExtractsParameters) {
  const Router router = make_router();
  const Match match = router.match("GET", "/company/42/products/7");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(run(match), "product");
  EXPECT_EQ(match.params.at("id"), "42");
  EXPECT_EQ(match.params.at("product"), "7");
}

TEST(Router, LiteralBeatsParameterRegardlessOfOrder) {
  const Router router = make_router();
  const Match match = router.match("GET", "/company/new");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(run(match), "new");
  EXPECT_TRUE(match.params.empty());
}

TEST(Router, MethodSelectsRoute) {
  const Router router = make_router();
  const Match match = router.match("POST", "/company/9");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(run(match), "update");
  EXPECT_EQ(match.route->work, Work::io);
  EXPECT_EQ(router.match("POST", "/login").route->work, Work::cpu);
}

TEST(Router, HeadMatchesGet) {
  const Router router = make_router();
  const Match match = router.match("HEAD", "/company/9");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->method, "GET");
}

TEST(Router, UnknownPathIsNotFound) {
  const Router router = make_router();
  for (const char* path : {"/nope", "/company", "/company/", "/company/1/products", "/company//x"}) {
    const Match match = router.match("GET", path);
    EXPECT_EQ(match.route, nullptr) << path;
    EXPECT_TRUE(match.allowed_methods.empty()) << path;
  }
}

TEST(Router, WrongMethodListsAllowedMethods) {
  const Router router = make_router();
  const Match match = router.match("DELETE", "/company/5");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_EQ(match.allowed_methods, (std::vector<std::string>{"GET", "HEAD", "POST"}));
  const Match login = router.match("GET", "/login");
  EXPECT_EQ(login.route, nullptr);
  EXPECT_EQ(login.allowed_methods, (std::vector<std::string>{"POST"}));
}

TEST(Router, TrailingSlashIsADifferentPath) {
  Router router;
  router.add({"GET", "/about", returning("about")});
  EXPECT_NE(router.match("GET", "/about").route, nullptr);
  EXPECT_EQ(router.match("GET", "/about/").route, nullptr);
}

}  // namespace
}  // namespace hanse::http
