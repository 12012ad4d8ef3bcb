#include "web/cookie_settings_page.h"

#include <fmt/format.h>

#include "web/cookies.h"

namespace hanse::web {
namespace {

// A path of this site to go back to: "/..." but not "//host" nor "/\host"
// (browsers read both as another host), and no control characters.
std::string safe_return(std::string_view path) {
  if (path.empty() || path.size() > 2000 || path[0] != '/' || (path.size() > 1 && (path[1] == '/' || path[1] == '\\')))
    return {};
  for (unsigned char c : path)
    if (c < 0x20 || c == 0x7f || c == '\\') return {};
  return std::string(path);
}

std::string state_text(const privacy::CookieConsent& consent, privacy::CookieCategory category) {
  if (category == privacy::CookieCategory::necessary) return "Always on";
  if (consent.refused_by_gpc(category)) return "Refused: your browser sends the Global Privacy Control signal";
  auto answer = consent.answer(category);
  if (!answer) return consent.choice() ? "Not chosen since this kind of cookie changed: refused until you choose"
                                       : "Not chosen yet: refused until you choose";
  return *answer ? "Accepted" : "Refused";
}

}  // namespace

ChoiceForm read_choice_form(const http::Request& request, std::int64_t now) {
  const auto& form = request.form();
  ChoiceForm out;
  out.return_to = safe_return(form.get("return"));
  const auto choice = form.get("choice");
  if (choice == "accept_all" || choice == "reject_all") {
    out.choice = privacy::CookieChoice::all(choice == "accept_all", now);
  } else if (choice == "save") {
    privacy::CookieChoice given;
    given.given_at = now;
    for (auto category : privacy::kCookieCategories) {
      if (category == privacy::CookieCategory::necessary) continue;
      const auto value = form.get(privacy::to_string(category));
      if (!value.empty() && value != "on") {
        out.error = fmt::format("The answer for {} must be a ticked box or nothing.",
                                privacy::cookie_category(category).title);
        return out;
      }
      given[category] = value == "on";
    }
    out.choice = given;
  } else {
    out.error = "Choose one of the buttons: accept all, only necessary cookies, or save your choices.";
  }
  return out;
}

Response render_cookie_settings(App&, Page& page, const privacy::CookieConsent& consent,
                                const std::string& error, int status, bool saved) {
  page.hide_cookie_banner();
  const auto& request = page.request();
  return page.render(
      "cookie_settings", "Cookies",
      [&](Dict& d) {
        if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "ERROR");
        if (saved) d.ShowSection("SAVED");
        if (consent.gpc()) d.ShowSection("GPC");
        d.SetIntValue("REVISION", privacy::kCookieRegistryRevision);
        for (const auto& declared : privacy::cookie_categories()) {
          auto* c = d.AddSectionDictionary("CATEGORY");
          c->SetValue("ID", privacy::to_string(declared.category));
          c->SetValue("TITLE", declared.title);
          c->SetValue("DESCRIPTION", declared.description);
          c->SetValue("STATE", state_text(consent, declared.category));
          if (declared.category == privacy::CookieCategory::necessary) {
            c->ShowSection("ALWAYS");
          } else {
            auto* box = c->AddSectionDictionary("CHOOSABLE");
            box->SetValue("ID", privacy::to_string(declared.category));
            box->SetValue("TITLE", declared.title);
            if (consent.allows(declared.category)) box->ShowSection("CHECKED");
          }
          Dict* table = nullptr;
          for (const auto* cookie : privacy::cookie_registry()) {
            if (cookie->category != declared.category) continue;
            if (!table) {
              table = c->AddSectionDictionary("COOKIES");
              table->SetValue("TITLE", declared.title);
            }
            auto* row = table->AddSectionDictionary("COOKIE");
            row->SetValue("NAME", cookie_name(request, *cookie));
            row->SetValue("PURPOSE", cookie->purpose);
            row->SetValue("LIFETIME", cookie->lifetime);
            row->SetValue("CLAUSE", cookie->clause);
          }
          if (!table) c->ShowSection("NO_COOKIE");
        }
      },
      status);
}

}  // namespace hanse::web
