// The company profile form (web/company_new_*.cpp, web/company_edit_*.cpp).
#pragma once

#include <cstdint>
#include <string>

#include "market/company.h"
#include "web/handler.h"

namespace hanse::web {

struct CompanyFormState {
  bool editing = false;
  std::int64_t company_id = 0;
  int policy_version = 1;
  bool has_logo = false;
  std::string form_error;  // a problem that is no single field's
};

// The form as posted, and the stored company as a form.
market::CompanyInput company_input_from(const http::Form& form);

market::CompanyInput company_input_from(const market::Company& c);

// The form page, with what was typed and its errors.
Response render_company_form(App& app, Page& page, const CompanyFormState& state,
                             const market::CompanyInput& in, const market::CompanyErrors& errors,
                             int status);

// Checks the form and the logo (before anything is stored); the logo's
// bytes are returned in change.logo when one was sent.
market::CompanyErrors check_company_form(App& app, const http::Form& form,
                                         market::CompanyChange& change);

}  // namespace hanse::web
