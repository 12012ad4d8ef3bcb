// Templates are escaped by default: every template declares the HTML
// auto-escape context, raw output (the ":none" modifier) is used only for
// the variables allow-listed below, and hostile values render inert.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>

#include "core/config.h"
#include "web/register_form.h"
#include "web/views.h"

namespace hanse::web {
namespace {

namespace fs = std::filesystem;

// Variables a template may print without escaping ({{NAME:none}}), with
// the reason. Each holds only the expansion of another auto-escaped
// template (web::Views::fragment), never a value. Add one only if a
// reviewer agreed.
const std::map<std::string, std::string> kRawOutputAllowed = {
    {"CARD", "a listing card, templates/card.tpl expanded by web::render_card (kept in web::CardCache)"},
    {"CONTENT", "a page's content shared by every viewer (home, category pages), templates/<page>_content.tpl"
                " expanded by the page's handler (kept in web::SharedFragmentCache)"},
};

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
    const std::string text = read(entry.path());
    for (auto at = text.find(":none}}"); at != std::string::npos; at = text.find(":none}}", at + 1)) {
      const auto open = text.rfind("{{", at);
      const std::string variable = open == std::string::npos ? "" : text.substr(open + 2, at - open - 2);
      EXPECT_TRUE(kRawOutputAllowed.contains(variable)) << name << " prints raw HTML: {{" << variable << ":none}}";
    }
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

// What decides the CSRF cookie (web/page.h): the rendering notes whether
// the page printed the form token, without searching the page.
TEST(Templates, ThePageNotesWhetherItPrintedTheFormToken) {
  PageFrame frame;
  frame.title = "Register";
  frame.csrf = "token-for-this-visitor";
  PageMarks with_form;
  auto html = views().page("register", frame, [](Dict&) {}, with_form);
  EXPECT_TRUE(with_form.csrf);
  EXPECT_NE(html.find("value=\"token-for-this-visitor\""), std::string::npos);

  PageMarks without_form;
  html = views().page("home", frame, [](Dict& d) { d.SetValue("CONTENT", "<p>shared</p>"); }, without_form);
  EXPECT_FALSE(without_form.csrf);
  EXPECT_EQ(html.find("token-for-this-visitor"), std::string::npos);

  // Signed in, the layout's sign-out form carries it on every page.
  frame.member_name = "Ada";
  PageMarks signed_in;
  html = views().page("home", frame, [](Dict& d) { d.SetValue("CONTENT", "<p>shared</p>"); }, signed_in);
  EXPECT_TRUE(signed_in.csrf);
  EXPECT_NE(html.find("token-for-this-visitor"), std::string::npos);
}

TEST(Templates, ThePageNotesWhereItsBannerSlotIs) {
  PageFrame frame;
  frame.title = "Home";
  PageMarks marks;
  auto html = views().page("home", frame, [](Dict& d) { d.SetValue("CONTENT", "<p>shared</p>"); }, marks);
  ASSERT_NE(marks.banner_slot, std::string::npos);
  ASSERT_LE(marks.banner_slot, html.size());
  EXPECT_TRUE(html.substr(0, marks.banner_slot).ends_with("<p>shared</p>")) << html;
  const std::string after = html.substr(marks.banner_slot);
  EXPECT_EQ(after.find("</main>"), after.find_first_not_of('\n')) << after;
  EXPECT_EQ(html.find("banner-slot"), std::string::npos) << "the slot itself prints nothing";

  PageMarks none;
  views().page("register", frame, [](Dict&) {}, none);
  EXPECT_EQ(none.banner_slot, std::string::npos);
}

TEST(Templates, AFormTokenPrintedWithoutItsMarkIsRefused) {
  const fs::path dir = fs::temp_directory_path() / ("hanse-templates-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "bad.tpl") << "{{%AUTOESCAPE context=\"HTML\"}}<input name=\"csrf\" value=\"{{CSRF}}\">";
  auto opened = Views::open(dir.string(), SiteConfig{});
  fs::remove_all(dir);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("bad.tpl"), std::string::npos) << opened.error().message;
}

}  // namespace
}  // namespace hanse::web
