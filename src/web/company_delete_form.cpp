// The confirmation form for deleting a company.
#include "web/company_delete_form.h"
#include "market/company.h"

namespace hanse::web {

Response render_company_delete_form(Page& page, const market::Company& company, bool error,
                                    int status) {
  return page.render(
      "company_delete", "Delete your company",
      [&](Dict& d) {
        d.SetValue("NAME", company.name);
        d.SetValue("COMPANY_ID", std::to_string(company.id));
        if (error)
          d.AddSectionDictionary("CONFIRM_ERROR")
              ->SetValue("MESSAGE", "Tick the box to confirm the deletion.");
      },
      status);
}

}  // namespace hanse::web
