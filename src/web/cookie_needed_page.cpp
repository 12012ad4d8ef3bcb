#include "web/cookie_needed_page.h"

#include <string_view>

#include "web/cookies.h"

namespace hanse::web {
namespace {

bool is_secret(std::string_view name) { return name.find("password") != std::string_view::npos; }

// A readable label for a field name ("company_name" -> "company name").
std::string label_of(std::string_view name) {
  std::string out(name);
  for (auto& c : out)
    if (c == '_' || c == '-') c = ' ';
  return out;
}

}  // namespace

bool csrf_cookie_missing(const http::Request& request) {
  return !read_cookie(request, kSessionCookie) && !read_cookie(request, kCsrfCookie);
}

Response cookie_needed_page(App& app, const http::Request& request) {
  Page page(app, request);
  const bool signing_in = request.path == "/signin";
  const auto& form = request.form();
  return page.render(
      "cookie_needed", "This form needs a cookie",
      [&](Dict& d) {
        d.SetValue("ACTION", request.path);
        d.SetValue("CSRF_COOKIE", cookie_name(request, kCsrfCookie));
        if (signing_in) d.SetValueAndShowSection("SESSION_COOKIE", cookie_name(request, kSessionCookie), "SIGNING_IN");
        bool kept = false;
        for (const auto& [name, value] : form.fields) {
          if (name == kCsrfField || name.size() > 100) continue;
          if (is_secret(name)) {
            auto* again = d.AddSectionDictionary("ASK_AGAIN");
            again->SetValue("NAME", name);
            again->SetValue("LABEL", label_of(name));
            continue;
          }
          auto* field = d.AddSectionDictionary("KEPT");
          field->SetValue("NAME", name);
          field->SetValue("VALUE", value);
          field->SetValue("LABEL", label_of(name));
          // An attribute keeps no line break: several lines go in a textarea.
          field->ShowSection(value.find_first_of("\r\n") == std::string::npos ? "ONE_LINE" : "LINES");
          kept = true;
        }
        if (kept) d.ShowSection("ANY_KEPT");
        if (!form.files.empty()) d.ShowSection("FILES_LOST");
      },
      403);
}

}  // namespace hanse::web
