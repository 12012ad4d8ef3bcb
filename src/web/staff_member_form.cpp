// The support page's member lookup form and the data a view shows.
#include "web/staff_member_form.h"

#include "web/privacy_render.h"

namespace hanse::web {

Response render_staff_member_form(App& app, Page& page, const privacy::ViewRequest& typed,
                                  const privacy::ViewOutcome& outcome, int status) {
  page.set_staff_area();
  auto version = shown_version(app);  // the policy in force
  return page.render(
      "staff_members", "Find a member",
      [&](Dict& d) {
        d.SetIntValue("MAX_QUERY", static_cast<long>(privacy::kMaxLookupQuery));
        d.SetIntValue("MAX_REASON", static_cast<long>(privacy::kMaxViewReason));
        d.SetValue("QUERY_VALUE", typed.query);
        d.SetValue("REASON_VALUE", typed.reason);
        for (auto& key : privacy::policy_purposes(*version)) {
          auto* option = d.AddSectionDictionary("PURPOSE_OPTION");
          option->SetValue("KEY", key);
          auto* entry = app.policy->taxonomy().purpose(key);
          option->SetValue("NAME", entry ? entry->name : key);
          if (key == typed.purpose) option->ShowSection("SELECTED");
        }
        for (auto& [field, message] : outcome.errors) {
          std::string section = field == "query" ? "QUERY_ERROR" : field == "purpose" ? "PURPOSE_ERROR" : "REASON_ERROR";
          d.SetValueAndShowSection("MESSAGE", message, section);
        }
        if (outcome.not_found) d.ShowSection("NOT_FOUND");
        if (outcome.refusal) {
          std::string why = outcome.refusal->reason;
          if (!outcome.refusal->field.empty()) why = outcome.refusal->field + ": " + why;
          d.SetValueAndShowSection("REFUSAL", why, "REFUSED");
        }
        if (!outcome.values.empty()) {
          auto* shown = d.AddSectionDictionary("SHOWN");
          shown->SetIntValue("MEMBER_ID", outcome.member_id);
          shown->SetValue("PURPOSE", typed.purpose);
          for (auto& field : privacy::support_view_fields()) {
            auto* row = shown->AddSectionDictionary("FIELD");
            row->SetValue("NAME", field);
            auto it = outcome.values.find(field);
            row->SetValue("VALUE", it == outcome.values.end() ? "" : it->second);
          }
        }
      },
      status);
}

}  // namespace hanse::web
