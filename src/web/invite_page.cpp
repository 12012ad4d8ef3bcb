// The invitation page and its answer for a link that is not valid (M-2).
#include "web/invite_page.h"
#include "core/paths.h"
#include "market/company.h"

namespace hanse::web {

// The page for a link that cannot be used: 404 for an unknown token, 410
// for a used or expired one.
Response invalid_invite(Page& page, int status, const std::string& message) {
  return page.render(
      "company_invite_invalid", "Invitation not valid",
      [&](Dict& d) { d.SetValue("MESSAGE", message); }, status);
}

Response render_invite(Page& page, const Request& request, const market::Company& company,
                       const std::string& error, int status) {
  return page.render(
      "company_invite", "Join " + company.name,
      [&](Dict& d) {
        d.SetValue("COMPANY_NAME", company.name);
        d.SetValue("COMPANY_PATH", company.path());
        d.SetValue("INVITE_PATH", paths::invite(request.param("token")));
        if (!error.empty()) d.AddSectionDictionary("FORM_ERROR")->SetValue("MESSAGE", error);
        if (page.member())
          d.ShowSection("SIGNED_IN");
        else
          d.ShowSection("SIGNED_OUT");
      },
      status);
}

}  // namespace hanse::web
