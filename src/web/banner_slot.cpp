#include "web/banner_slot.h"

#include <algorithm>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "http/form.h"
#include "promotions/banners.h"
#include "promotions/member_trade.h"
#include "web/banner_book.h"
#include "web/cookie_consent.h"
#include "web/cookies.h"
#include "web/views.h"

namespace hanse::web {

namespace {

constexpr std::size_t kMaxInterests = 5;
constexpr long long kInterestSeconds = 90LL * 24 * 3600;  // the registry's "90 days"

// The interest cookie's industries: known industry ids only, in its order.
std::vector<std::string> interests_of(App& app, const http::Request& request) {
  std::vector<std::string> out;
  auto value = read_cookie(request, kInterestCookie);
  if (!value || !app.categories) return out;
  std::string_view rest = *value;
  while (!rest.empty() && out.size() < kMaxInterests) {
    auto dot = rest.find('.');
    auto id = rest.substr(0, dot);
    rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    const auto* category = app.categories->find(id);
    if (category && category->parent.empty() &&
        std::find(out.begin(), out.end(), category->id) == out.end())
      out.push_back(category->id);
  }
  return out;
}

// "Machinery", "Machinery and Food", "Machinery, Food and Textiles".
std::string names(App& app, const std::vector<std::string>& ids) {
  std::vector<std::string> shown;
  for (const auto& id : ids) {
    const auto* category = app.categories ? app.categories->find(id) : nullptr;
    shown.push_back(category ? category->name : id);
  }
  std::string out;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i > 0) out += i + 1 == shown.size() ? " and " : ", ";
    out += shown[i];
  }
  return out;
}

Result<promotions::Audience> audience_of(App& app, const http::Request& request, RequestContext& context) {
  promotions::Audience audience;
  // No targeted campaign to show: nothing about the viewer is read.
  HANSE_TRY(const bool targets, banner_book(app).targets_today());
  if (!targets) return audience;
  if (read_cookie(request, kSessionCookie)) {
    HANSE_TRY(const SignedInMember* member, context.member());
    if (member) {
      // a) A member: their company's trade, only when the guard allows
      // targeted promotions for them; otherwise nothing about them.
      HANSE_TRY(auto trade, app.db->read([&](db::Connection& conn) {
        return promotions::member_trade(conn, *app.guard, *app.categories, member->member.id,
                                        promotions::kTargetedPurpose);
      }));
      if (trade) {
        audience.basis = promotions::Basis::member;
        audience.industries = std::move(trade->industries);
        audience.countries = std::move(trade->countries);
      }
      return audience;
    }
  }
  // b) A visitor who accepted advertising cookies: the industries browsed.
  if (context.cookie_consent().allows(privacy::CookieCategory::advertising)) {
    audience.industries = interests_of(app, request);
    if (!audience.industries.empty()) audience.basis = promotions::Basis::interests;
  }
  return audience;
}

}  // namespace

std::string banner_html(App& app, const http::Request& request, RequestContext& context) {
  if (!app.categories || !app.db) return {};
  auto audience = audience_of(app, request, context);
  if (!audience) {
    spdlog::warn("banner: no audience: {}", audience.error().message);
    return {};
  }
  auto chosen = banner_book(app).choose(*audience);
  if (!chosen) {
    spdlog::warn("banner: no choice: {}", chosen.error().message);
    return {};
  }
  if (!*chosen) return {};
  const auto& choice = **chosen;
  const auto& c = choice.campaign;
  if (choice.basis == promotions::Basis::none)
    if (auto html = app.banner_html->find(c.id)) return std::move(*html);
  Dict d("banner");
  d.SetIntValue("ID", static_cast<long>(c.id));
  d.SetValue("TEXT", c.text);
  d.SetValue("HREF", fmt::format("/banner/{}/click?to={}", c.id, http::percent_encode(c.link)));
  d.SetValue("LABEL", c.kind == promotions::BannerKind::partner ? "Advertisement from a partner"
                                                                 : "Promotion from " + app.config.site.name);
  if (!c.image_type.empty()) d.ShowSection("IMAGE");
  std::string why;
  switch (choice.basis) {
    case promotions::Basis::member: {
      std::vector<std::string> parts;
      if (!choice.matched_industries.empty())
        parts.push_back(fmt::format("your company's {} {}", choice.matched_industries.size() == 1 ? "industry" : "industries",
                                    names(app, choice.matched_industries)));
      if (!choice.matched_countries.empty()) {
        std::string countries;
        for (const auto& code : choice.matched_countries) countries += (countries.empty() ? "" : ", ") + code;
        parts.push_back(fmt::format("your company's country {}", countries));
      }
      why = fmt::format("This banner was chosen by {}, because you did not turn off targeted promotions.",
                        parts.size() == 2 ? parts[0] + " and " + parts[1] : parts.at(0));
      d.SetValue("BASIS", "member");
      d.SetValueAndShowSection("OFF_HREF", "/account/personalisation", "OFF");
      d.SetValue("OFF_TEXT", "Turn off targeted promotions");
      break;
    }
    case promotions::Basis::interests:
      why = fmt::format("This banner was chosen by the industries you browsed here ({}), kept in the cookie {} "
                        "that you accepted with advertising cookies.",
                        names(app, choice.matched_industries), cookie_name(request, kInterestCookie));
      d.SetValue("BASIS", "interests");
      d.SetValueAndShowSection("OFF_HREF", "/privacy/cookies", "OFF");
      d.SetValue("OFF_TEXT", "Change your cookie choices");
      break;
    case promotions::Basis::none:
      why = "No data about you chose this banner: it is shown to everyone.";
      d.SetValue("BASIS", "none");
      break;
  }
  d.SetValue("WHY", why);
  std::string html = app.views->fragment("banner", d);
  if (choice.basis == promotions::Basis::none) app.banner_html->keep(c.id, html);
  return html;
}

void note_interest(App& app, const http::Request& request, http::Response& response, RequestContext& context,
                   const std::string& industry) {
  if (!app.categories || !context.cookie_consent().allows(privacy::CookieCategory::advertising)) return;
  auto before = interests_of(app, request);
  std::vector<std::string> after{industry};
  for (const auto& id : before)
    if (id != industry && after.size() < kMaxInterests) after.push_back(id);
  if (after == before && read_cookie(request, kInterestCookie)) return;
  std::string value;
  for (const auto& id : after) value += (value.empty() ? "" : ".") + id;
  set_cookie(request, response, kInterestCookie, value, kInterestSeconds);
}

}  // namespace hanse::web
