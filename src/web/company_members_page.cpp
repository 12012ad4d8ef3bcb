// The members page of a company (M-2) and the owner check its forms share.
#include <fmt/format.h>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/membership.h"
#include "web/company_lookup.h"
#include "web/company_members_page.h"
#include "web/ids.h"

namespace hanse::web {

namespace {}  // namespace

Response render_members(App& app, const Request& request, Page& page, const MembersView& view,
                        int status) {
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto people = market::company_people(**lease, view.membership.company_id);
  if (!people) return error_response(app, request, people.error());
  auto self = page.member()->member.id;
  return page.render(
      "company_members", "Members of your company",
      [&](Dict& d) {
        d.SetValue("COMPANY_ID", std::to_string(view.membership.company_id));
        for (auto& person : *people) {
          auto* row = d.AddSectionDictionary("PERSON");
          row->SetValue("MEMBER_ID", std::to_string(person.member_id));
          // Without a public name, the member number tells people apart.
          auto number = "member no. " + std::to_string(person.member_id);
          row->SetValue("NAME",
                        person.public_name.empty() ? "Unnamed " + number : person.public_name);
          row->SetValue("NUMBER", number);
          if (!person.public_title.empty())
            row->AddSectionDictionary("JOB_TITLE")->SetValue("TEXT", person.public_title);
          row->SetValue("ROLE", person.owner ? "owner" : "member");
          if (person.member_id == self) row->ShowSection("YOU");
          if (view.membership.owner && !person.owner) row->ShowSection("REMOVABLE");
        }
        if (view.membership.owner) {
          auto* invite = d.AddSectionDictionary("INVITE");
          fill_form(*invite, {{"email", view.invite_email}},
                    view.invite_error.empty()
                        ? accounts::FieldErrors{}
                        : accounts::FieldErrors{{"email", view.invite_error}});
        }
        if (view.invited) {
          d.ShowSection("INVITED");
          d.SetIntValue("INVITE_DAYS", market::kInviteValidDays);
        }
      },
      status);
}

// The member's membership of the company the form names, or the response
// refusing the request (403 for another company or none).
OrResponse<market::Membership> require_company_of_form(App& app, const Request& request, Page& page,
                                                       bool owner_only) {
  auto company_id = parse_id(request.form().get("company_id")).value_or(0);
  HANSE_TRY_PAGE(auto membership, or_error_page(app, request, membership_for(app, page.member()->member.id)));
  if (!membership || membership->company_id != company_id || (owner_only && !membership->owner))
    return refuse(error_page(app, 403, &request, "Only the company's owner may do this."));
  return *membership;
}

}  // namespace hanse::web
