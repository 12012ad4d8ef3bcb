// The public-profile form and the public profile page (P-12).
#include "core/paths.h"
#include "market/company.h"
#include "web/company_lookup.h"
#include "web/member_profile_form.h"
#include "web/public_marks.h"

namespace hanse::web {

namespace {

const FieldColumns kProfileColumns = {{"public_name", "members.public_name"},
                                      {"public_title", "members.public_title"}};

}  // namespace

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

Response render_member_profile_form(App& app, Page& page, const std::string& name, const std::string& title,
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

}  // namespace hanse::web
