// GET /staff/feedback (P-20): the feedback inbox of support staff.
#include "web/format.h"
#include "web/handler.h"

namespace hanse::web {
namespace {

// The first bytes of text, at most max, cut at a character boundary.
std::string excerpt(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  while (max > 0 && (static_cast<unsigned char>(text[max]) & 0xC0) == 0x80) --max;
  return text.substr(0, max) + "…";
}

}  // namespace

Response staff_feedback_list(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  auto inbox = app.feedback->inbox();
  if (!inbox) return error_response(app, request, inbox.error());
  return page.render("staff_feedback", "Feedback", [&](Dict& d) {
    for (const auto& f : *inbox) {
      auto* row = d.AddSectionDictionary("ITEM");
      row->SetIntValue("ID", f.id);
      row->SetValue("TOPIC", std::string(rights::feedback_topic_label(f.topic)));
      row->SetValue("REPLY_EMAIL", f.reply_email);
      row->SetValue("EXCERPT", excerpt(f.message, 120));
      row->SetValue("AT", format_time(f.created_at));
      row->SetValue("STATE", f.last_reply_at ? "answered" : "not answered");
    }
  });
}

}  // namespace hanse::web
