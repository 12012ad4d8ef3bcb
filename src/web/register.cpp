// GET/POST /register: a person opens an account for themself and their
// company (P-7: each field says why it is asked; P-12: none is public).
#include "accounts/normalize.h"
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {
namespace {

Response render_form(Page& page, const accounts::RegistrationInput& input,
                     const accounts::FieldErrors& errors, int status) {
  auto& f = input.fields;
  std::map<std::string, std::string> values = {
      {"name", f.name}, {"email", f.email}, {"phone", f.phone}, {"address", f.address},
      {"country", f.country}, {"company_name", f.company_name},
      {"company_address", f.company_address}};
  return page.render("register", "Register", [&](Dict& d) {
    fill_form(d, values, errors);
    if (input.accepted_policy) d.ShowSection("ACCEPT_CHECKED");
    for (auto& code : accounts::country_codes()) {
      auto* option = d.AddSectionDictionary("COUNTRY");
      option->SetValue("CODE", code);
      if (code == f.country) option->ShowSection("SELECTED");
    }
  }, status);
}

}  // namespace

Response register_show(App& app, Request& request) {
  Page page(app, request);
  accounts::RegistrationInput empty;
  return render_form(page, empty, {}, 200);
}

Response register_submit(App& app, Request& request) {
  Page page(app, request);
  auto& form = request.form();
  accounts::RegistrationInput input;
  input.fields = {std::string(form.get("name")), std::string(form.get("email")),
                  std::string(form.get("phone")), std::string(form.get("address")),
                  std::string(form.get("country")), std::string(form.get("company_name")),
                  std::string(form.get("company_address"))};
  input.password = std::string(form.get("password"));
  input.accepted_policy = form.get("accept_policy") == "1";
  auto outcome = app.accounts->register_member(input, client_info(request));
  if (!outcome) return error_response(app, request, outcome.error());
  if (!outcome->errors.empty()) return render_form(page, input, outcome->errors, 422);
  set_session_cookie(app, request, page.response(), outcome->session->token, false);
  return page.redirect("/account");
}

}  // namespace hanse::web
