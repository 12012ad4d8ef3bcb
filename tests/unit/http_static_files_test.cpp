#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "http/static_files.h"

namespace hanse::http {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = std::filesystem::temp_directory_path() /
            ("hanse-static-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(m_dir / "public" / "css");
    write(m_dir / "public" / "css" / "site.css", "body{}");
    write(m_dir / "public" / "logo.svg", "<svg/>");
    write(m_dir / "secret.txt", "top secret");
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }
  static void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
  std::filesystem::path m_dir;
};

TEST_F(StaticFilesTest, ServesFileWithTypeEtagAndCacheControl) {
  const StaticFiles files((m_dir / "public").string());
  const Response response = files.serve("css/site.css", "");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body_view(), "body{}");
  EXPECT_EQ(response.header("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(response.header("Cache-Control"), "public, max-age=3600");
  EXPECT_FALSE(response.header("ETag").empty());
  EXPECT_EQ(files.serve("logo.svg", "").header("Content-Type"), "image/svg+xml");
}

TEST_F(StaticFilesTest, IfNoneMatchGives304) {
  const StaticFiles files((m_dir / "public").string());
  const std::string etag(files.serve("css/site.css", "").header("ETag"));
  const Response again = files.serve("css/site.css", "\"other\", W/" + etag);
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body_view().empty());
  EXPECT_EQ(again.header("ETag"), etag);
  EXPECT_EQ(files.serve("css/site.css", "\"other\"").status, 200);
}

TEST_F(StaticFilesTest, ChangedFileGetsNewEtagAndContent) {
  const StaticFiles files((m_dir / "public").string());
  const std::string etag(files.serve("css/site.css", "").header("ETag"));
  write(m_dir / "public" / "css" / "site.css", "body{color:red}");
  std::filesystem::last_write_time(m_dir / "public" / "css" / "site.css",
                                   std::filesystem::file_time_type::clock::now() +
                                       std::chrono::seconds(5));
  const Response changed = files.serve("css/site.css", etag);
  EXPECT_EQ(changed.status, 200);
  EXPECT_EQ(changed.body_view(), "body{color:red}");
  EXPECT_NE(changed.header("ETag"), etag);
}

TEST_F(StaticFilesTest, RefusesTraversalAndOddPaths) {
  const StaticFiles files((m_dir / "public").string());
  for (const char* path : {"../secret.txt", "%2e%2e/secret.txt", "%2E%2E%2Fsecret.txt",
                           "css/../../secret.txt", "css/%2e%2e/%2e%2e/secret.txt", "..",
                           "./css/site.css", "css//site.css", "", "css", "css\\site.css",
                           "missing.css", "css/site.css%00.png", ".hidden"}) {
    const Response response = files.serve(path, "");
    EXPECT_EQ(response.status, 404) << path;
    EXPECT_EQ(response.body_view().find("secret"), std::string::npos) << path;
  }
}

TEST_F(StaticFilesTest, SymlinkOutOfRootRefused) {
  std::filesystem::create_symlink(m_dir / "secret.txt", m_dir / "public" / "link.txt");
  const StaticFiles files((m_dir / "public").string());
  EXPECT_EQ(files.serve("link.txt", "").status, 404);
}

TEST(StaticContentType, ByExtension) {
  EXPECT_EQ(StaticFiles::content_type_for("a.JS"), "text/javascript; charset=utf-8");
  EXPECT_EQ(StaticFiles::content_type_for("a.png"), "image/png");
  EXPECT_EQ(StaticFiles::content_type_for("a.jpg"), "image/jpeg");
  EXPECT_EQ(StaticFiles::content_type_for("favicon.ico"), "image/x-icon");
  EXPECT_EQ(StaticFiles::content_type_for("f.woff2"), "font/woff2");
  EXPECT_EQ(StaticFiles::content_type_for("robots.txt"), "text/plain; charset=utf-8");
  EXPECT_EQ(StaticFiles::content_type_for("noext"), "application/octet-stream");
}

}  // namespace
}  // namespace hanse::http
