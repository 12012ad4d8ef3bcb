// The request pipeline: order, answering early, exceptions.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "http/pipeline.h"

namespace hanse::http {
namespace {

// A middleware that notes its name on the way in and out.
Middleware tracing(std::string name, std::string& trace) {
  return [name, &trace](Request&, const Route*, const Next& next) {
    trace += name + ">";
    Response response = next();
    trace += "<" + name;
    return response;
  };
}

Response handler_ok() { return Response::text("handler"); }
Response server_error() { return Response::text("500 page", 500); }

TEST(HttpPipeline, RunsOutermostFirstAroundTheHandler) {
  std::string trace;
  Pipeline pipeline;
  pipeline.use("a", tracing("a", trace)).use("b", tracing("b", trace));
  Request request;
  Response response = pipeline.run(request, nullptr, [&] { trace += "H"; return handler_ok(); }, server_error);
  EXPECT_EQ(trace, "a>b>H<b<a");
  EXPECT_EQ(response.body, "handler");
  EXPECT_EQ(pipeline.names(), (std::vector<std::string>{"a", "b"}));
}

TEST(HttpPipeline, AMiddlewareMayAnswerWithoutTheHandler) {
  std::string trace;
  bool handled = false;
  Pipeline pipeline;
  pipeline.use("outer", tracing("outer", trace))
      .use("refuse", [](Request&, const Route*, const Next&) { return Response::text("refused", 403); })
      .use("inner", tracing("inner", trace));
  Request request;
  Response response = pipeline.run(request, nullptr, [&] { handled = true; return handler_ok(); }, server_error);
  EXPECT_EQ(response.status, 403);
  EXPECT_FALSE(handled);
  EXPECT_EQ(trace, "outer><outer");  // the outer stage still sees the refusal
}

TEST(HttpPipeline, AThrowingHandlerBecomesTheErrorPageThatEveryStageSees) {
  std::string trace;
  Pipeline pipeline;
  pipeline.use("a", tracing("a", trace)).use("headers", [](Request&, const Route*, const Next& next) {
    Response response = next();
    response.set_header("X-Seen", "yes");
    return response;
  });
  Request request;
  Response response = pipeline.run(
      request, nullptr, []() -> Response { throw std::runtime_error("boom"); }, server_error);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.header("X-Seen"), "yes");
  EXPECT_EQ(trace, "a><a");
}

TEST(HttpPipeline, AThrowingMiddlewareIsAnsweredForTheStagesOutsideIt) {
  std::string trace;
  Pipeline pipeline;
  pipeline.use("a", tracing("a", trace))
      .use("broken", [](Request&, const Route*, const Next&) -> Response { throw std::logic_error("bug"); });
  Request request;
  Response response = pipeline.run(request, nullptr, handler_ok, server_error);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(trace, "a><a");
}

TEST(HttpPipeline, StagesSeeTheRoute) {
  Route route{"GET", "/x", nullptr, Work::io, 7};
  std::size_t seen = 0;
  Pipeline pipeline;
  pipeline.use("tag", [&](Request&, const Route* r, const Next& next) {
    seen = r ? r->tag : 0;
    return next();
  });
  Request request;
  (void)pipeline.run(request, &route, handler_ok, server_error);
  EXPECT_EQ(seen, 7u);
}

TEST(HttpPipeline, AnEmptyPipelineRunsTheHandler) {
  Pipeline pipeline;
  Request request;
  EXPECT_EQ(pipeline.run(request, nullptr, handler_ok, server_error).body, "handler");
}

}  // namespace
}  // namespace hanse::http
