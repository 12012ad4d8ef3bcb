// Templates are escaped by default: every template declares the HTML
// auto-escape context, raw output (the ":none" modifier) appears only where
// allow-listed below, and hostile values render inert.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/config.h"
#include "web/register_form.h"
#include "web/views.h"

namespace hanse::web {
namespace {

namespace fs = std::filesystem;

// Templates allowed to print a value without escaping, with the reason.
// Keep this list empty unless a reviewer agreed.
const std::set<std::string> kRawOutputAllowed = {};

fs::path templates_dir() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  return fs::path(source ? source : ".") / "templates";
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const Views& views() {
  static std::unique_ptr<Views> v = [] {
    SiteConfig site;
    site.operator_name = "Operator <Test> & Co";
    auto opened = Views::open(templates_dir().string(), site);
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }();
  return *v;
}

TEST(Templates, EveryTemplateAutoEscapesAsHtml) {
  int seen = 0;
  for (auto& entry : fs::directory_iterator(templates_dir())) {
    if (entry.path().extension() != ".tpl") continue;
    ++seen;
    EXPECT_TRUE(read(entry.path()).starts_with("{{%AUTOESCAPE context=\"HTML\"}}"))
        << entry.path().filename();
  }
  EXPECT_GT(seen, 5);
}

TEST(Templates, RawOutputOnlyWhereAllowListed) {
  for (auto& entry : fs::directory_iterator(templates_dir())) {
    if (entry.path().extension() != ".tpl") continue;
    auto name = entry.path().filename().string();
    if (kRawOutputAllowed.contains(name)) continue;
    EXPECT_EQ(read(entry.path()).find(":none}}"), std::string::npos) << name << " prints raw HTML";
  }
}

TEST(Templates, HostileValuesAreEscapedInTextAndAttributes) {
  PageFrame frame;
  frame.title = "</title><script>alert(1)</script>";
  frame.csrf = "\"><script>alert(2)</script>";
  frame.member_name = "<img src=x onerror=alert(3)>";
  auto html = views().page("register", frame, [](Dict& d) {
    accounts::MemberFields f;
    f.name = "\" autofocus onfocus=\"alert(4)";
    f.address = "</textarea><script>alert(5)</script>";
    fill_member_fields(d, f, {{"email", "<b>bad</b>"}});
  });
  EXPECT_EQ(html.find("<script>"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("onfocus=\"alert"), std::string::npos);
  EXPECT_EQ(html.find("<b>bad</b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(5)"), std::string::npos);
  EXPECT_NE(html.find("Operator &lt;Test&gt; &amp; Co"), std::string::npos);
}

TEST(Templates, LayoutLinksThePrivacyPolicyAndShowsFieldErrors) {
  PageFrame frame;
  frame.title = "Register";
  auto html = views().page("register", frame, [](Dict& d) {
    accounts::MemberFields f;
    f.email = "x";
    fill_member_fields(d, f, {{"email", "Enter an e-mail address."}});
  });
  EXPECT_NE(html.find("href=\"/privacy\""), std::string::npos);
  EXPECT_NE(html.find("<p class=\"field-error\" id=\"error-email\">Enter an e-mail address.</p>"),
            std::string::npos);
  EXPECT_NE(html.find("value=\"x\""), std::string::npos);
}

}  // namespace
}  // namespace hanse::web
