#include "web/feedback_form.h"

namespace hanse::web {

Response render_feedback_form(App& app, Page& page, const rights::FeedbackInput& input,
                              const accounts::FieldErrors& errors, int status) {
  return page.render(
      "feedback", "Feedback",
      [&](Dict& d) {
        d.SetValue("CONTACT", app.config.site.contact_email);
        // A signed-in member is answered at their account's address.
        std::string reply = page.member() ? page.member()->member.email : input.reply_email;
        fill_form(d, {{"message", input.message}, {"reply_email", reply}}, errors);
        if (page.member()) d.ShowSection("SIGNED_IN");
        else d.ShowSection("VISITOR");
        for (const auto& t : rights::kFeedbackTopics) {
          auto* option = d.AddSectionDictionary("TOPIC");
          option->SetValue("KEY", std::string(t.key));
          option->SetValue("LABEL", std::string(t.label));
          if (t.key == input.topic) option->ShowSection("SELECTED");
        }
      },
      status);
}

}  // namespace hanse::web
