// The policy publication form of the staff area, with the published versions.
#include <fmt/format.h>

#include "privacy/publication.h"
#include "web/staff_policy_form.h"

namespace hanse::web {

Response render_staff_policy_form(App& app, Page& page, const std::string& source,
                                  const std::string& effective, const std::string& error,
                                  const std::string& done, int status) {
  page.set_staff_area();
  auto latest = app.policy->latest_published();
  return page.render(
      "staff_policy", "Publish a policy version",
      [&](Dict& d) {
        d.SetIntValue("NEXT", latest ? latest->number + 1 : 1);
        d.SetIntValue("NOTICE_DAYS", app.config.policy.notice_days);
        d.SetValue("SOURCE_VALUE", source);
        d.SetValue("EFFECTIVE_VALUE", effective);
        if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
        if (!done.empty()) d.SetValueAndShowSection("DONE_TEXT", done, "DONE");
        for (auto& v : app.policy->versions()) {
          auto* row = d.AddSectionDictionary("VERSION");
          row->SetIntValue("NUMBER", v->number);
          row->SetValue("PUBLISHED", v->published);
          row->SetValue("EFFECTIVE", v->effective);
        }
      },
      status);
}

}  // namespace hanse::web
