// POST /feedback (P-20): stores the message and mails the sender an
// acknowledgement; field errors show the form again, nothing stored.
#include "web/feedback_form.h"

namespace hanse::web {

Response feedback_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  const auto& form = request.form();
  rights::FeedbackInput input{std::string(form.get("topic")), std::string(form.get("message")),
                              std::string(form.get("reply_email")), std::nullopt};
  if (const auto* member = page.member()) {
    input.reply_email = member->member.email;
    input.member_id = member->member.id;
  }
  auto errors = app.feedback->submit(input);
  if (!errors) return error_response(app, request, errors.error());
  if (!errors->empty()) return render_feedback_form(app, page, input, *errors, 422);
  return page.render("feedback_sent", "Thank you",
                     [&](Dict& d) { d.SetValue("REPLY_EMAIL", input.reply_email); });
}

}  // namespace hanse::web
