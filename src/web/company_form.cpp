// The company profile form (M-1). Everything on it is public (P-12), and
// each field says so.
#include <algorithm>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/image_type.h"
#include "market/public_view.h"
#include "market/upload_store.h"
#include "web/company_form.h"
#include "web/public_marks.h"

namespace hanse::web {

market::CompanyInput company_input_from(const http::Form& form) {
  market::CompanyInput in;
  in.name = std::string(form.get("name"));
  in.address = std::string(form.get("address"));
  in.country = std::string(form.get("country"));
  in.industries = form.all("industries");
  in.year_founded = std::string(form.get("year_founded"));
  in.description = std::string(form.get("description"));
  in.website = std::string(form.get("website"));
  return in;
}

market::CompanyInput company_input_from(const market::Company& c) {
  return {c.name,
          c.address,
          c.country,
          c.industries,
          c.year_founded ? std::to_string(*c.year_founded) : "",
          c.description,
          c.website};
}

Response render_company_form(App& app, Page& page, const CompanyFormState& state,
                             const market::CompanyInput& in, const market::CompanyErrors& errors,
                             int status) {
  std::map<std::string, std::string> values = {{"name", in.name},
                                               {"address", in.address},
                                               {"year_founded", in.year_founded},
                                               {"description", in.description},
                                               {"website", in.website}};
  auto title = state.editing ? "Edit your company" : "Register your company";
  return page.render(
      "company_form", title,
      [&](Dict& d) {
        fill_form(d, values, errors);
        d.SetValue("HEADING", title);
        d.SetValue("ACTION", state.editing ? "/company/edit" : "/company/new");
        d.SetValue("SUBMIT", state.editing ? "Save changes" : "Register company");
        if (state.editing) d.SetValue("COMPANY_ID", std::to_string(state.company_id));
        if (state.editing) d.ShowSection("EDITING");
        if (state.has_logo) d.ShowSection("HAS_LOGO");
        if (!state.form_error.empty())
          d.AddSectionDictionary("FORM_ERROR")->SetValue("MESSAGE", state.form_error);
        mark_public_fields(d, market::public_form_fields(*app.guard, state.policy_version,
                                                         market::PublicForm::company));
        d.SetValue("MAX_LOGO_SIZE", market::human_size(market::kMaxUploadBytes));
        for (auto& code : accounts::country_codes()) {
          auto* option = d.AddSectionDictionary("COUNTRY");
          option->SetValue("CODE", code);
          if (code == in.country) option->ShowSection("SELECTED");
        }
        for (auto* industry : app.categories->industries()) {
          auto* group = d.AddSectionDictionary("INDUSTRY_GROUP");
          group->SetValue("LABEL", industry->name);
          for (auto& sub_id : industry->children) {
            auto* sub = app.categories->find(sub_id);
            auto* option = group->AddSectionDictionary("INDUSTRY_OPTION");
            option->SetValue("ID", sub_id);
            option->SetValue("NAME", sub ? sub->name : sub_id);
            if (std::find(in.industries.begin(), in.industries.end(), sub_id) !=
                in.industries.end())
              option->ShowSection("SELECTED");
          }
        }
      },
      status);
}

// Checks the form and the logo (before anything is stored); the logo's
// bytes are returned in change.logo when one was sent.
market::CompanyErrors check_company_form(App& app, const http::Form& form,
                                         market::CompanyChange& change) {
  auto errors =
      market::validate_company(change.input, *app.categories, market::year_of(app.clock.now()));
  if (auto* file = form.file("logo"); file && !(file->filename.empty() && file->content.empty())) {
    if (auto checked = market::check_upload(file->content, market::kMaxUploadBytes); !checked)
      errors["logo"] = checked.error().message;
    else
      change.logo = file->content;
  }
  change.remove_logo = form.get("remove_logo") == "1";
  return errors;
}

}  // namespace hanse::web
