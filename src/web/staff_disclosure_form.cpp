// The disclosure form: categories from the policy in force, the bases.
#include "web/staff_disclosure_form.h"

#include <algorithm>
#include <cctype>

#include "web/privacy_render.h"

namespace hanse::web {

namespace {

// "withheld_reason" -> "WITHHELD_REASON_ERROR"
std::string error_section(const std::string& field) {
  std::string out;
  for (char c : field) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out + "_ERROR";
}

}  // namespace

Response render_staff_disclosure_form(App& app, Page& page, const privacy::DisclosureInput& typed,
                                      const privacy::DisclosureErrors& errors, int status) {
  page.set_staff_area();
  auto version = shown_version(app);  // the policy in force
  return page.render(
      "staff_disclosure_form", "Record a disclosure",
      [&](Dict& d) {
        d.SetIntValue("MAX_MEMBER", static_cast<long>(privacy::kMaxMemberRef));
        d.SetIntValue("MAX_RECIPIENT", static_cast<long>(privacy::kMaxRecipient));
        d.SetIntValue("MAX_REFERENCE", static_cast<long>(privacy::kMaxReference));
        d.SetIntValue("MAX_REASON", static_cast<long>(privacy::kMaxWithheldReason));
        d.SetValue("MEMBER_VALUE", typed.member);
        d.SetValue("RECIPIENT_VALUE", typed.recipient);
        d.SetValue("REFERENCE_VALUE", typed.reference);
        d.SetValue("WITHHELD_REASON_VALUE", typed.withheld_reason);
        if (typed.notice_withheld) d.ShowSection("WITHHELD");
        int index = 0;
        for (auto& key : privacy::disclosable_categories(*version)) {
          auto* row = d.AddSectionDictionary("CATEGORY");
          row->SetIntValue("INDEX", ++index);
          row->SetValue("KEY", key);
          auto* entry = app.policy->taxonomy().category(key);
          row->SetValue("NAME", entry ? entry->name : key);
          if (std::find(typed.categories.begin(), typed.categories.end(), key) != typed.categories.end())
            row->ShowSection("CHECKED");
        }
        for (auto basis : privacy::all_bases()) {
          auto* row = d.AddSectionDictionary("BASIS_OPTION");
          row->SetValue("CODE", std::string(privacy::to_string(basis)));
          row->SetValue("LABEL", std::string(privacy::basis_label(basis)));
          if (typed.basis == privacy::to_string(basis)) row->ShowSection("SELECTED");
        }
        if (!errors.empty()) d.ShowSection("FORM_ERROR");
        for (auto& [field, message] : errors) d.SetValueAndShowSection("MESSAGE", message, error_section(field));
      },
      status);
}

}  // namespace hanse::web
