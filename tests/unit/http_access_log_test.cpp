// The access log's lines (SPEC P-11, policy clause "server-logs"): a
// request is named by its route's pattern, or, without a route, by its path
// with whatever may be a secret replaced; the remote address goes only to
// the access-log file, never to the general log.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/access_log.h"

namespace hanse::http {
namespace {

namespace fs = std::filesystem;

// 32 random bytes as base64url, the form of the site's tokens (accounts/tokens.h).
constexpr std::string_view kToken = "q3Xv9_Lr-2mZt8YcWb0NfJ7uKd4Hs1Ae6oPiGyTnBxQ";

TEST(AccessLogPaths, P11_server_logs_paths_keep_words_slugs_and_file_names) {
  for (const char* kept : {"/", "/no/such/page", "/static/site.css", "/wp-login.php", "/.env",
                           "/company/99999-no-such-gmbh", "/product/12345", "/category/tools-hardware/hand-tools",
                           "/admin/config.php", "/favicon.ico", "/staff/members/17", "/a-long-slug-of-words",
                           "/invite/not-a-real-token", "/password/reset/short"})
    EXPECT_EQ(redact_path(kept), kept);
}

TEST(AccessLogPaths, P11_server_logs_paths_lose_token_like_segments) {
  EXPECT_EQ(redact_path("/password/reset/" + std::string(kToken)), "/password/reset/{redacted}");
  EXPECT_EQ(redact_path("/staff/password/" + std::string(kToken) + "x"), "/staff/password/{redacted}");
  EXPECT_EQ(redact_path("/invite/" + std::string(kToken) + "/extra"), "/invite/{redacted}/extra");
  EXPECT_EQ(redact_path("/children/confirm/" + std::string(kToken)), "/children/confirm/{redacted}");
  // A token cut short, hex, and mixed-case base64 pieces.
  EXPECT_EQ(redact_path("/password/reset/q3Xv9_Lr-2mZt8Y"), "/password/reset/{redacted}");
  EXPECT_EQ(redact_path("/x/3f2a9b8c1d2e"), "/x/{redacted}");
  EXPECT_EQ(redact_path("/x/aB3-xY9.kLm2"), "/x/{redacted}");
  // Over 24 bytes, whatever it looks like.
  EXPECT_EQ(redact_path("/x/aaaaaaaaaaaaaaaaaaaaaaaaa"), "/x/{redacted}");
  EXPECT_EQ(redact_path("/x/aaaaaaaaaaaaaaaaaaaaaaaa"), "/x/aaaaaaaaaaaaaaaaaaaaaaaa");
  // Percent-encoded or not, the query goes, and control bytes are escaped.
  EXPECT_EQ(redact_path("/search?q=" + std::string(kToken)), "/search");
  EXPECT_EQ(redact_path("/a\r\nb/" + std::string(kToken)), "/a\\x0d\\x0ab/{redacted}");
  EXPECT_EQ(redact_path("/%41%42%43%44%45%46%47%48%49%50"), "/{redacted}");
  EXPECT_EQ(redact_path("/\"quoted\""), "/\\x22quoted\\x22");
}

TEST(AccessLogPaths, P11_server_logs_which_segments_look_secret) {
  EXPECT_FALSE(secret_like_segment(""));
  EXPECT_FALSE(secret_like_segment("abc123"));             // short
  EXPECT_FALSE(secret_like_segment("12-acme-gmbh"));       // a slug
  EXPECT_FALSE(secret_like_segment("report-2024.pdf"));    // a file name
  EXPECT_FALSE(secret_like_segment("abcdefghijklmnop"));   // letters only
  EXPECT_FALSE(secret_like_segment("1234567890123456"));   // digits only: an id
  EXPECT_TRUE(secret_like_segment("a1b2c3d4e5f6"));        // hex
  EXPECT_TRUE(secret_like_segment("Report2024-final"));    // mixed case and digits
  EXPECT_TRUE(secret_like_segment(kToken));
}

TEST(AccessLogLines, P11_server_logs_route_requests_are_named_by_their_pattern) {
  Route route;
  route.method = "GET";
  route.pattern = "/password/reset/{token}";
  Request request;
  request.method = "GET";
  request.target = "/password/reset/" + std::string(kToken) + "?next=/x";
  EXPECT_EQ(access_path(request, &route), "/password/reset/{token}");
  EXPECT_EQ(access_path(request, nullptr), "/password/reset/{redacted}");
  Request none;
  EXPECT_EQ(access_path(none, nullptr), "-");
}

TEST(AccessLogLines, P11_server_logs_the_address_is_only_in_the_file_line) {
  AccessRecord record{"POST", "/invite/{token}", 303, 0, 1234, "203.0.113.7"};
  EXPECT_EQ(access_line(record, false), "method=POST path=\"/invite/{token}\" status=303 bytes=0 duration_us=1234");
  EXPECT_EQ(access_line(record, true),
            "method=POST path=\"/invite/{token}\" status=303 bytes=0 duration_us=1234 remote=203.0.113.7");
  record.remote_address = {};
  EXPECT_TRUE(access_line(record, true).ends_with(" remote=-"));
}

TEST(AccessLogLines, P11_server_logs_with_a_file_the_general_log_gets_nothing_without_one_no_address) {
  std::ostringstream out;
  auto logger = std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(out));
  const auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);

  const fs::path dir = fs::temp_directory_path() / ("hanse-access-log-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  Clock clock;
  DayLogSettings settings;
  settings.dir = dir.string();
  settings.background = false;
  auto file = DayLog::open(settings, clock);
  ASSERT_TRUE(file) << file.error().message;
  const AccessRecord record{"GET", "/staff/password/{token}", 200, 512, 80, "198.51.100.23"};
  log_access(record, file->get());
  ASSERT_TRUE((*file)->flush());
  log_access(record, nullptr);
  spdlog::set_default_logger(previous);

  std::ifstream in((*file)->file_for(clock.now()));
  std::stringstream written;
  written << in.rdbuf();
  EXPECT_NE(written.str().find("path=\"/staff/password/{token}\" status=200 bytes=512 duration_us=80 remote=198.51.100.23"),
            std::string::npos)
      << written.str();
  const std::string general = out.str();
  EXPECT_NE(general.find("access method=GET path=\"/staff/password/{token}\" status=200"), std::string::npos) << general;
  EXPECT_EQ(general.find("198.51.100.23"), std::string::npos) << general;
  EXPECT_EQ(general.find("remote="), std::string::npos) << general;
  EXPECT_EQ(general.find('\n'), general.size() - 1) << "one line, from the call without a file: " << general;
  file->reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hanse::http
