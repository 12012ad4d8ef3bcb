#include "web/children_form.h"

namespace hanse::web {

Response render_children_form(App& app, Page& page, const rights::ChildRequestInput& input,
                              const accounts::FieldErrors& errors, int status) {
  return page.render(
      "children", "A child's data",
      [&](Dict& d) {
        d.SetValue("SITE", app.config.site.name);
        d.SetValue("CONTACT", app.config.site.contact_email);
        fill_form(d,
                  {{"guardian_name", input.guardian_name},
                   {"guardian_email", input.guardian_email},
                   {"child_email", input.child_email}},
                  errors);
        if (input.removal) d.ShowSection("REMOVAL_CHECKED");
        if (input.opt_out) d.ShowSection("OPT_OUT_CHECKED");
      },
      status);
}

}  // namespace hanse::web
