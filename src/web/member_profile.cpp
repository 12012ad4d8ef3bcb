// GET/POST /account/profile: the member chooses the public name and title
// shown with their company (P-12); GET /account/profile/preview shows the
// public profile page exactly as visitors see it.
#include "core/paths.h"
#include "web/company_handlers.h"
#include "web/public_marks.h"

namespace hanse::web {
namespace {

const FieldColumns kProfileColumns = {{"public_name", "members.public_name"},
                                      {"public_title", "members.public_title"}};

Response render_form(App& app, Page& page, const std::string& name, const std::string& title,
                     const market::CompanyErrors& errors, bool saved, int status) {
  auto version = static_cast<int>(page.member()->member.policy_version);
  return page.render("member_profile", "Your public profile", [&](Dict& d) {
    fill_form(d, {{"public_name", name}, {"public_title", title}}, errors);
    mark_public_fields(d, *app.guard, version, kProfileColumns);
    d.SetValue("MEMBER_PATH", paths::member(page.member()->member.id));
    if (saved) d.ShowSection("SAVED");
  }, status);
}

Result<std::optional<market::PublicProfile>> profile_of(App& app, std::int64_t member_id) {
  HANSE_TRY(auto lease, app.db->acquire());
  return market::load_public_profile(*lease, member_id);
}

}  // namespace

Response member_profile_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto profile = profile_of(app, page.member()->member.id);
  if (!profile) return error_response(app, request, profile.error());
  if (!*profile) return error_page(app, 404, &request);
  return render_form(app, page, (*profile)->public_name, (*profile)->public_title, {},
                     request.query("saved").has_value(), 200);
}

Response member_profile_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto& form = request.form();
  std::string name(form.get("public_name"));
  std::string title(form.get("public_title"));
  auto errors = market::validate_public_profile(name, title);
  if (!errors.empty()) return render_form(app, page, name, title, errors, false, 422);
  auto saved = app.db->transaction([&](db::Connection& conn) {
    return market::save_public_profile(conn, page.member()->member.id, name, title);
  });
  if (!saved) return error_response(app, request, saved.error());
  return page.redirect("/account/profile?saved=1");
}

Response render_member_page(App& app, const Request& request, Page& page,
                            const market::PublicProfile& profile, bool preview) {
  auto& guard = *app.guard;
  bool name_shown = !profile.public_name.empty() &&
                    guard.is_public(profile.policy_version, "members.public_name");
  if (!name_shown && !preview) return error_page(app, 404, &request);
  std::optional<market::Company> company;
  if (profile.company_id) {
    auto found = find_company(app, *profile.company_id);
    if (!found) return error_response(app, request, found.error());
    company = std::move(*found);
  }
  std::string title = name_shown ? profile.public_name : "Public profile";
  return page.render("member_show", title, [&](Dict& d) {
    if (preview) d.ShowSection("PREVIEW");
    d.SetValue("TITLE", title);
    if (!name_shown) {
      d.ShowSection("NOT_SHOWN");
      return;
    }
    auto* shown = d.AddSectionDictionary("SHOWN");
    if (!profile.public_title.empty() && guard.is_public(profile.policy_version, "members.public_title"))
      shown->AddSectionDictionary("JOB_TITLE")->SetValue("TEXT", profile.public_title);
    if (company && guard.is_public(company->policy_version, "companies.name")) {
      auto* link = shown->AddSectionDictionary("COMPANY");
      link->SetValue("NAME", company->name);
      link->SetValue("PATH", company->path());
    }
  });
}

Response member_public_show(App& app, Request& request) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto profile = profile_of(app, *id);
  if (!profile) return error_response(app, request, profile.error());
  if (!*profile) return error_page(app, 404, &request);
  return render_member_page(app, request, page, **profile, false);
}

Response member_profile_preview(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto profile = profile_of(app, page.member()->member.id);
  if (!profile) return error_response(app, request, profile.error());
  if (!*profile) return error_page(app, 404, &request);
  return render_member_page(app, request, page, **profile, true);
}

}  // namespace hanse::web
