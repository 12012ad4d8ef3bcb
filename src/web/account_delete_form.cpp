#include "web/account_delete_form.h"

#include "privacy/data_map.h"

namespace hanse::web {

Response render_account_delete_form(Page& page, const accounts::FieldErrors& errors) {
  return page.render(
      "account_delete", "Delete your account",
      [&](Dict& d) {
        fill_form(d, {}, errors);
        // What the map keeps for a member (the retentions the page promises).
        for (const auto& rule : privacy::data_map())
          if (rule.erasure != privacy::Erasure::delete_row && !rule.link.column.empty())
            d.AddSectionDictionary("KEPT")->SetValue("LINE", privacy::describe(rule.retention));
      },
      errors.empty() ? 200 : 422);
}

}  // namespace hanse::web
