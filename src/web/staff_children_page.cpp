#include "web/staff_children_page.h"

#include "web/format.h"

namespace hanse::web {

Response render_staff_children(App& app, const Request& request, Page& page, const std::string& error, const std::string& done,
                               int status) {
  page.set_staff_area();
  auto requests = app.child_requests->for_staff();
  if (!requests) return error_response(app, request, requests.error());
  return page.render(
      "staff_children", "Children's data requests",
      [&](Dict& d) {
        if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
        if (!done.empty()) d.SetValueAndShowSection("DONE_TEXT", done, "DONE");
        for (const auto& r : *requests) {
          auto* row = d.AddSectionDictionary(r.status == "done" ? "DONE_REQUEST" : "WAITING");
          row->SetIntValue("ID", r.id);
          row->SetValue("GUARDIAN_NAME", r.guardian_name);
          row->SetValue("GUARDIAN_EMAIL", r.guardian_email);
          row->SetValue("CHILD_EMAIL", r.child_email);
          row->SetValue("WHAT", r.removal && r.opt_out ? "remove the data and no promotions"
                                : r.removal            ? "remove the data"
                                                       : "no promotions");
          row->SetValue("ACCOUNT", r.member_id ? "an account is registered with this address"
                                               : "no account with this address");
          row->SetValue("CREATED", format_time(r.created_at));
          if (r.done_at) row->SetValue("DONE_AT", format_time(*r.done_at));
        }
      },
      status);
}

}  // namespace hanse::web
