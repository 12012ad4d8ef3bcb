#include "web/account_messages_page.h"

#include "web/format.h"

namespace hanse::web {

Response render_account_messages(App& app, Page& page, const marketing::ContactChoices& choices,
                                 bool saved, int status) {
  return page.render(
      "account_messages", "Messages we may send you",
      [&](Dict& d) {
        d.SetValue("SITE", app.config.site.name);
        d.SetIntValue("POLICY_VERSION", choices.policy_version);
        d.ShowSection(choices.default_allowed ? "DEFAULT_OPT_OUT" : "DEFAULT_OPT_IN");
        if (saved) d.ShowSection("SAVED");
        for (const auto& item : choices.items) {
          auto* row = d.AddSectionDictionary("CHANNEL");
          row->SetValue("WHAT", item.what);
          row->SetValue("LABEL", item.label);
          if (item.allowed) row->ShowSection("CHECKED");
          if (item.chosen) {
            auto* when = row->AddSectionDictionary("CHOSEN");
            when->SetValue("AT", format_time(item.given_at));
            when->SetValue("SOURCE", item.source);
          } else {
            row->ShowSection("DEFAULTED");
          }
        }
      },
      status);
}

}  // namespace hanse::web
