// The registration form, as first shown and with the errors of a failed attempt.
#include "web/register_form.h"
#include "accounts/normalize.h"

namespace hanse::web {

void fill_member_fields(Dict& d, const accounts::MemberFields& f, const accounts::FieldErrors& errors) {
  std::map<std::string, std::string> values = {{"name", f.name},
                                               {"email", f.email},
                                               {"phone", f.phone},
                                               {"address", f.address},
                                               {"country", f.country},
                                               {"company_name", f.company_name},
                                               {"company_address", f.company_address}};
  fill_form(d, values, errors);  // the error summary and the fields around the include
  // templates/member_fields.tpl: an included template sees its parent's
  // variables but only its own sections (the errors, the options).
  Dict* fields = d.AddIncludeDictionary("MEMBER_FIELDS");
  fields->SetFilename("member_fields.tpl");
  fill_form(*fields, values, errors);
  for (auto& code : accounts::country_codes()) {
    auto* option = fields->AddSectionDictionary("COUNTRY");
    option->SetValue("CODE", code);
    if (code == f.country) option->ShowSection("SELECTED");
  }
}

Response render_register_form(Page& page, const accounts::RegistrationInput& input,
                              const accounts::FieldErrors& errors, int status) {
  return page.render(
      "register", "Register",
      [&](Dict& d) {
        fill_member_fields(d, input.fields, errors);
        if (input.accepted_policy) d.ShowSection("ACCEPT_CHECKED");
      },
      status);
}

}  // namespace hanse::web
