#include "web/staff_feedback_item.h"

#include "web/format.h"

namespace hanse::web {

Response render_staff_feedback_item(App& app, const Request& request, Page& page, std::int64_t id,
                                    const std::string& body, const accounts::FieldErrors& errors,
                                    const std::string& done, int status) {
  page.set_staff_area();
  auto item = app.feedback->item(id);
  if (!item) return error_response(app, request, item.error());
  if (!*item) return error_page(app, 404, &request);
  const auto& f = **item;
  return page.render(
      "staff_feedback_item", "Feedback",
      [&](Dict& d) {
        d.SetIntValue("ID", f.id);
        d.SetValue("TOPIC", std::string(rights::feedback_topic_label(f.topic)));
        d.SetValue("REPLY_EMAIL", f.reply_email);
        d.SetValue("MESSAGE_TEXT", f.message);
        d.SetValue("AT", format_time(f.created_at));
        d.SetValue("FROM", f.member_id ? "a signed-in member" : "a visitor");
        if (!done.empty()) d.SetValueAndShowSection("DONE_TEXT", done, "DONE");
        for (const auto& r : f.replies) {
          auto* row = d.AddSectionDictionary("REPLY");
          row->SetValue("BODY", r.body);
          row->SetValue("AT", format_time(r.at));
          row->SetIntValue("STAFF_ID", r.staff_id);
        }
        fill_form(d, {{"body", body}}, errors);
      },
      status);
}

}  // namespace hanse::web
