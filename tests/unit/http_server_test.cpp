// The real server on 127.0.0.1 (ephemeral port), driven over raw TCP.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "http/access_log.h"
#include "http/server.h"
#include "http_test_client.h"

namespace hanse::http {
namespace {

using testing::RawClient;
using testing::RawResponse;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

long long ms_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

Router test_router() {
  Router router;
  router.add({"GET", "/hello", [](Request&) { return Response::text("hello"); }, Work::io});
  router.add({"GET", "/company/{id}",
              [](Request& r) { return Response::text("company " + std::string(r.param("id"))); },
              Work::io});
  router.add({"POST", "/echo",
              [](Request& r) {
                return Response::text(std::string(r.form().get("msg")) + "|" +
                                      std::to_string(r.body.size()));
              },
              Work::io});
  router.add({"POST", "/upload",
              [](Request& r) {
                const Form& form = r.form();
                if (form.error) return Response::text("error", 400);
                const UploadedFile* file = form.file("doc");
                return Response::text(file ? std::to_string(file->content.size()) : "none");
              },
              Work::io});
  router.add({"GET", "/slow",
              [](Request&) {
                std::this_thread::sleep_for(300ms);
                return Response::text("slow done");
              },
              Work::cpu});
  router.add({"GET", "/fast", [](Request&) { return Response::text("fast"); }, Work::io});
  router.add({"GET", "/throw",
              [](Request&) -> Response { throw std::runtime_error("boom"); }, Work::io});
  router.add({"GET", "/throw-cpu",
              [](Request&) -> Response { throw std::runtime_error("boom"); }, Work::cpu});
  return router;
}

class TestServer {
 public:
  explicit TestServer(ServerOptions options) {
    options.address = "127.0.0.1";
    options.port = 0;
    m_server = std::make_unique<Server>(
        std::move(options), test_router(),
        [](int status, const Request*) {
          Response response = Response::html("<p>error page " + std::to_string(status) + "</p>");
          response.set_header("X-Error-Page", "yes");
          return response;
        },
        Pipeline().use("access log", access_log()).use("filter", [](Request&, const Route*, const Next& next) {
          Response response = next();
          response.set_header("X-Filtered", "1");
          return response;
        }));
    m_thread = std::thread([this] { m_result = m_server->run(); m_done = true; });
    const auto start = Clock::now();
    while (m_server->port() == 0 && ms_since(start) < 5000) std::this_thread::sleep_for(5ms);
  }
  ~TestServer() { stop(); }

  unsigned short port() const { return m_server->port(); }
  Server& server() { return *m_server; }
  bool done() const { return m_done; }

  // Stops and joins; returns whether run() succeeded.
  bool stop() {
    if (m_thread.joinable()) {
      m_server->stop();
      m_thread.join();
    }
    return m_result.has_value();
  }

 private:
  std::unique_ptr<Server> m_server;
  std::thread m_thread;
  Status m_result;
  std::atomic<bool> m_done{false};
};

ServerOptions base_options() {
  ServerOptions options;
  options.io_threads = 1;  // one I/O thread: a blocking handler would stall everyone
  options.cpu_threads = 1;
  options.static_dir = "/nonexistent";
  return options;
}

std::string get(const std::string& path, const std::string& extra = "") {
  return "GET " + path + " HTTP/1.1\r\nHost: t\r\n" + extra + "\r\n";
}

TEST(HttpServer, KeepAliveServesTwoRequestsOnOneConnection) {
  TestServer server(base_options());
  ASSERT_NE(server.port(), 0);
  RawClient client(server.port());
  ASSERT_TRUE(client.connected());
  ASSERT_TRUE(client.send(get("/hello")));
  const auto first = client.read_response();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(first->body, "hello");
  EXPECT_EQ(first->header("content-length"), "5");
  EXPECT_EQ(first->header("x-filtered"), "1");
  ASSERT_TRUE(client.send(get("/company/42")));
  const auto second = client.read_response();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 200);
  EXPECT_EQ(second->body, "company 42");
}

TEST(HttpServer, PipelinedRequestsAnsweredInOrder) {
  TestServer server(base_options());
  RawClient client(server.port());
  ASSERT_TRUE(client.send(get("/company/1") + get("/company/2")));
  const auto a = client.read_response();
  const auto b = client.read_response();
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->body, "company 1");
  EXPECT_EQ(b->body, "company 2");
}

TEST(HttpServer, ConnectionCloseIsHonoured) {
  TestServer server(base_options());
  RawClient client(server.port());
  ASSERT_TRUE(client.send(get("/hello", "Connection: close\r\n")));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->header("connection"), "close");
  EXPECT_TRUE(client.closed_by_peer());
}

TEST(HttpServer, UnknownPathGivesErrorPage404) {
  TestServer server(base_options());
  RawClient client(server.port());
  ASSERT_TRUE(client.send(get("/nope")));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
  EXPECT_EQ(response->body, "<p>error page 404</p>");
  EXPECT_EQ(response->header("x-error-page"), "yes");
  EXPECT_EQ(response->header("x-filtered"), "1");
}

TEST(HttpServer, WrongMethodGives405WithAllow) {
  TestServer server(base_options());
  RawClient client(server.port());
  ASSERT_TRUE(client.send("DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 405);
  EXPECT_EQ(response->header("allow"), "GET, HEAD");
  // The connection stays usable.
  ASSERT_TRUE(client.send(get("/hello")));
  const auto next = client.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
}

TEST(HttpServer, HeadHasLengthButNoBody) {
  TestServer server(base_options());
  RawClient client(server.port());
  ASSERT_TRUE(client.send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n"));
  const auto head = client.read_response(true);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->header("content-length"), "5");
  // If a body had been sent, it would precede the next status line.
  ASSERT_TRUE(client.send(get("/fast")));
  const auto next = client.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
  EXPECT_EQ(next->body, "fast");
}

TEST(HttpServer, MalformedRequestLineGives400AndCloses) {
  TestServer server(base_options());
  for (const char* request : {"GARBAGE\r\n\r\n", "GET /x HTTP/9.Z\r\n\r\n",
                              "GET nopath HTTP/1.1\r\nHost: t\r\n\r\n"}) {
    RawClient client(server.port());
    ASSERT_TRUE(client.send(request));
    const auto response = client.read_response();
    ASSERT_TRUE(response) << request;
    EXPECT_EQ(response->status, 400) << request;
    EXPECT_EQ(response->header("x-error-page"), "yes");
    EXPECT_TRUE(client.closed_by_peer()) << request;
  }
}

TEST(HttpServer, OversizedHeaderGives431) {
  TestServer server(base_options());
  RawClient client(server.port());
  const std::string big(20 * 1024, 'a');
  ASSERT_TRUE(client.send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: " + big + "\r\n\r\n"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
  EXPECT_EQ(response->header("x-filtered"), "1");
}

TEST(HttpServer, OversizedBodyGives413) {
  TestServer server(base_options());
  RawClient client(server.port());
  const std::string body(2 * 1024 * 1024, 'x');
  ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: t\r\n"
                          "Content-Type: application/x-www-form-urlencoded\r\n"
                          "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n"));
  client.send(body);  // the server may stop reading; it drains instead of resetting
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_EQ(response->header("connection"), "close");
}

TEST(HttpServer, OversizedChunkedBodyGives413) {
  ServerOptions options = base_options();
  options.body_limit = 1000;
  TestServer server(options);
  RawClient client(server.port());
  const std::string chunk(800, 'x');
  ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "320\r\n" + chunk + "\r\n320\r\n" + chunk + "\r\n0\r\n\r\n"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

TEST(HttpServer, FormBodyWithinLimitReachesHandler) {
  TestServer server(base_options());
  RawClient client(server.port());
  const std::string body = "msg=hi+there&pad=" + std::string(500, 'p');
  ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: t\r\n"
                          "Content-Type: application/x-www-form-urlencoded\r\n"
                          "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, "hi there|" + std::to_string(body.size()));
}

TEST(HttpServer, MultipartUsesUploadLimitNotBodyLimit) {
  ServerOptions options = base_options();
  options.body_limit = 1024;
  options.upload_limit = 64 * 1024;
  TestServer server(options);
  const std::string content(10 * 1024, 'z');
  const std::string body = "--B\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"d.txt\"\r\n"
                           "Content-Type: text/plain\r\n\r\n" + content + "\r\n--B--\r\n";
  const std::string head = "POST /upload HTTP/1.1\r\nHost: t\r\n"
                           "Content-Type: multipart/form-data; boundary=B\r\n";
  {
    RawClient client(server.port());
    ASSERT_TRUE(client.send(head + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
    const auto response = client.read_response();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(response->body, std::to_string(content.size()));
  }
  {
    // The same body as urlencoded exceeds body_limit.
    RawClient client(server.port());
    ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
    const auto response = client.read_response();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 413);
  }
}

TEST(HttpServer, ExpectContinueGets100BeforeBody) {
  TestServer server(base_options());
  RawClient client(server.port());
  ASSERT_TRUE(client.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\n"));
  const auto interim = client.read_response();
  ASSERT_TRUE(interim);
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(client.send("msg=ok"));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->body, "ok|6");
}

TEST(HttpServer, CpuRouteDoesNotDelayIoRoute) {
  TestServer server(base_options());
  RawClient slow(server.port());
  RawClient fast(server.port());
  const auto start = Clock::now();
  ASSERT_TRUE(slow.send(get("/slow")));
  std::this_thread::sleep_for(30ms);  // the slow handler is now sleeping
  const auto fast_start = Clock::now();
  ASSERT_TRUE(fast.send(get("/fast")));
  const auto fast_response = fast.read_response();
  const long long fast_ms = ms_since(fast_start);
  ASSERT_TRUE(fast_response);
  EXPECT_EQ(fast_response->body, "fast");
  EXPECT_LT(fast_ms, 150) << "an io route waited for a cpu route";
  const auto slow_response = slow.read_response();
  ASSERT_TRUE(slow_response);
  EXPECT_EQ(slow_response->body, "slow done");
  EXPECT_GE(ms_since(start), 300);
  // The slow connection resumes normally afterwards.
  ASSERT_TRUE(slow.send(get("/fast")));
  const auto after = slow.read_response();
  ASSERT_TRUE(after);
  EXPECT_EQ(after->body, "fast");
}

TEST(HttpServer, HandlerExceptionGives500AndServerContinues) {
  TestServer server(base_options());
  RawClient client(server.port());
  for (const char* path : {"/throw", "/throw-cpu"}) {
    ASSERT_TRUE(client.send(get(path)));
    const auto response = client.read_response();
    ASSERT_TRUE(response) << path;
    EXPECT_EQ(response->status, 500) << path;
    EXPECT_EQ(response->body, "<p>error page 500</p>");
  }
  ASSERT_TRUE(client.send(get("/hello")));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
}

class StaticDir {
 public:
  StaticDir() {
    m_root = std::filesystem::temp_directory_path() / ("hanse-srv-" + std::to_string(::getpid()));
    std::filesystem::create_directories(m_root / "static" / "css");
    std::ofstream(m_root / "static" / "css" / "site.css") << "body{margin:0}";
    std::ofstream(m_root / "secret.txt") << "top secret";
  }
  ~StaticDir() { std::filesystem::remove_all(m_root); }
  std::string static_dir() const { return (m_root / "static").string(); }

 private:
  std::filesystem::path m_root;
};

TEST(HttpServer, StaticFileWithEtagAnd304) {
  StaticDir dir;
  ServerOptions options = base_options();
  options.static_dir = dir.static_dir();
  TestServer server(options);
  RawClient client(server.port());
  ASSERT_TRUE(client.send(get("/static/css/site.css?v=3")));
  const auto response = client.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, "body{margin:0}");
  EXPECT_EQ(response->header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(response->header("cache-control"), "public, max-age=3600");
  EXPECT_EQ(response->header("x-filtered"), "1");
  const std::string etag = response->header("etag");
  ASSERT_FALSE(etag.empty());
  ASSERT_TRUE(client.send(get("/static/css/site.css", "If-None-Match: " + etag + "\r\n")));
  const auto cached = client.read_response();
  ASSERT_TRUE(cached);
  EXPECT_EQ(cached->status, 304);
  EXPECT_TRUE(cached->body.empty());
  // Nothing stray after a 304: the next response parses.
  ASSERT_TRUE(client.send(get("/hello")));
  const auto next = client.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->body, "hello");
}

TEST(HttpServer, StaticPathTraversalRefused) {
  StaticDir dir;
  ServerOptions options = base_options();
  options.static_dir = dir.static_dir();
  TestServer server(options);
  for (const char* path : {"/static/../secret.txt", "/static/%2e%2e/secret.txt",
                           "/static/css/..%2f..%2fsecret.txt", "/static/%2E%2E%2Fsecret.txt",
                           "/static/css/../../secret.txt"}) {
    RawClient client(server.port());
    ASSERT_TRUE(client.send(get(path)));
    const auto response = client.read_response();
    ASSERT_TRUE(response) << path;
    EXPECT_EQ(response->status, 404) << path;
    EXPECT_EQ(response->body.find("top secret"), std::string::npos) << path;
  }
}

TEST(HttpServer, GracefulStopFinishesInFlightRequest) {
  TestServer server(base_options());
  RawClient idle(server.port());
  ASSERT_TRUE(idle.send(get("/hello")));
  ASSERT_TRUE(idle.read_response());  // now an idle keep-alive connection
  RawClient busy(server.port());
  ASSERT_TRUE(busy.send(get("/slow")));
  std::this_thread::sleep_for(50ms);
  auto stopped = std::async(std::launch::async, [&] { return server.stop(); });
  const auto response = busy.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->body, "slow done");
  EXPECT_EQ(response->header("connection"), "close");
  ASSERT_EQ(stopped.wait_for(5s), std::future_status::ready);
  EXPECT_TRUE(stopped.get());
  EXPECT_TRUE(idle.closed_by_peer());
  RawClient late(server.port(), 500);
  EXPECT_FALSE(late.connected() && late.send(get("/hello")) && late.read_response());
}

TEST(HttpServer, StopClosesStalledRequestAfterGracePeriod) {
  ServerOptions options = base_options();
  options.read_timeout_seconds = 30;
  options.shutdown_grace_seconds = 1;
  TestServer server(options);
  RawClient stalled(server.port(), 5000);
  ASSERT_TRUE(stalled.send("GET /hello HTTP/1.1\r\nHost: t\r\n"));  // never finished
  std::this_thread::sleep_for(50ms);
  const auto start = Clock::now();
  EXPECT_TRUE(server.stop());
  const long long elapsed = ms_since(start);
  EXPECT_GE(elapsed, 900) << "a busy connection was not given its grace period";
  EXPECT_LT(elapsed, 3000);
  EXPECT_TRUE(stalled.closed_by_peer());
}

TEST(HttpServer, SigtermStopsTheServerGracefully) {
  TestServer server(base_options());
  ASSERT_NE(server.port(), 0);
  RawClient busy(server.port());
  ASSERT_TRUE(busy.send(get("/slow")));
  std::this_thread::sleep_for(50ms);
  ASSERT_EQ(::kill(::getpid(), SIGTERM), 0);
  const auto response = busy.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->body, "slow done");
  const auto start = Clock::now();
  while (!server.done() && ms_since(start) < 5000) std::this_thread::sleep_for(10ms);
  EXPECT_TRUE(server.done()) << "run() did not return after SIGTERM";
  EXPECT_TRUE(server.stop());
}

TEST(HttpServer, IdleKeepAliveConnectionTimesOut) {
  ServerOptions options = base_options();
  options.idle_timeout_seconds = 1;
  TestServer server(options);
  RawClient client(server.port(), 4000);
  ASSERT_TRUE(client.send(get("/hello")));
  ASSERT_TRUE(client.read_response());
  const auto start = Clock::now();
  EXPECT_TRUE(client.closed_by_peer());
  EXPECT_GE(ms_since(start), 800);
  EXPECT_LT(ms_since(start), 3000);
}

TEST(HttpServer, SlowRequestIsCutOffByReadTimeout) {
  ServerOptions options = base_options();
  options.read_timeout_seconds = 1;
  TestServer server(options);
  RawClient slow(server.port(), 4000);
  const auto start = Clock::now();
  ASSERT_TRUE(slow.send("GET /hello HTTP/1.1\r\n"));
  for (int i = 0; i < 4; ++i) {  // trickle header lines slower than the deadline allows
    std::this_thread::sleep_for(400ms);
    if (!slow.send("X-Slow: 1\r\n")) break;
  }
  EXPECT_TRUE(slow.closed_by_peer());
  EXPECT_LT(ms_since(start), 3500);
  // Other clients are unaffected.
  RawClient other(server.port());
  ASSERT_TRUE(other.send(get("/hello")));
  EXPECT_TRUE(other.read_response());
}

TEST(HttpServer, AccessLogHasPathWithoutQueryOrSecrets) {
  std::ostringstream out;
  auto logger = std::make_shared<spdlog::logger>(
      "capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(out));
  const auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);
  {
    TestServer server(base_options());
    RawClient client(server.port());
    ASSERT_TRUE(client.send("POST /echo?token=SECRET1 HTTP/1.1\r\nHost: t\r\n"
                            "Cookie: sid=SECRET2\r\nAuthorization: Bearer SECRET3\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\n"
                            "Content-Length: 14\r\n\r\nmsg=SECRET4xyz"));
    ASSERT_TRUE(client.read_response());
    // A route's path is logged by its pattern; an unknown path by its
    // words, with a token-like segment replaced (P-11).
    ASSERT_TRUE(client.send(get("/company/SECRET5abcdefghijklmnop")));
    ASSERT_TRUE(client.read_response());
    ASSERT_TRUE(client.send(get("/nothing/SECRET6abcdefghijklmnop/here")));
    ASSERT_TRUE(client.read_response());
  }
  spdlog::set_default_logger(previous);
  const std::string log = out.str();
  EXPECT_NE(log.find("method=POST path=\"/echo\" status=200"), std::string::npos) << log;
  EXPECT_NE(log.find("method=GET path=\"/company/{id}\" status=200"), std::string::npos) << log;
  EXPECT_NE(log.find("method=GET path=\"/nothing/{redacted}/here\" status=404"), std::string::npos) << log;
  // Without an access-log file (log.access_dir = "off"), no address at all.
  EXPECT_EQ(log.find("remote="), std::string::npos) << log;
  EXPECT_NE(log.find("duration_us="), std::string::npos) << log;
  for (const char* secret : {"SECRET1", "SECRET2", "SECRET3", "SECRET4", "SECRET5", "SECRET6"}) {
    EXPECT_EQ(log.find(secret), std::string::npos) << secret << " leaked: " << log;
  }
}

TEST(HttpServer, PortInUseIsUnavailable) {
  TestServer first(base_options());
  ServerOptions options = base_options();
  options.port = first.port();
  Server second(options, Router{}, nullptr, Pipeline{});
  const Status status = second.run();
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().kind, ErrorKind::unavailable);
}

}  // namespace
}  // namespace hanse::http
