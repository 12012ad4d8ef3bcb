// The public-profile form and the public profile page (P-12).
#include "web/member_profile_form.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/public_view.h"
#include "web/company_lookup.h"
#include "web/listing_helpers.h"
#include "web/public_marks.h"

namespace hanse::web {

Response render_member_page(App& app, const Request& request, Page& page,
                            const market::PublicProfile& profile, bool preview) {
  auto person = market::public_person(profile, *app.guard);
  if (!person.name && !preview) return error_page(app, 404, &request);
  std::optional<market::PublicCompanyLink> company;
  if (profile.company_id) {
    auto found = find_company(app, *profile.company_id);
    if (!found) return error_response(app, request, found.error());
    if (*found) company = market::public_company_link(**found, *app.guard);
  }
  std::string title = person.name.value_or("Public profile");
  return page.render("member_show", title, [&](Dict& d) {
    if (preview) d.ShowSection("PREVIEW");
    d.SetValue("TITLE", title);
    if (!person.name) {
      d.ShowSection("NOT_SHOWN");
      return;
    }
    auto* shown = d.AddSectionDictionary("SHOWN");
    if (!person.title.empty())
      shown->AddSectionDictionary("JOB_TITLE")->SetValue("TEXT", person.title);
    if (company) fill_company_link(*shown, *company);
  });
}

Response render_member_profile_form(App& app, Page& page, const std::string& name,
                                    const std::string& title, const market::CompanyErrors& errors,
                                    bool saved, int status) {
  auto version = static_cast<int>(page.member()->member.policy_version);
  return page.render(
      "member_profile", "Your public profile",
      [&](Dict& d) {
        fill_form(d, {{"public_name", name}, {"public_title", title}}, errors);
        mark_public_fields(
            d, market::public_form_fields(*app.guard, version, market::PublicForm::profile));
        d.SetValue("MEMBER_PATH", paths::member(page.member()->member.id));
        if (saved) d.ShowSection("SAVED");
      },
      status);
}

Result<std::optional<market::PublicProfile>> profile_of(App& app, std::int64_t member_id) {
  HANSE_TRY(auto lease, app.db->acquire());
  return market::load_public_profile(*lease, member_id);
}

}  // namespace hanse::web
