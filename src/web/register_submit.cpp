// POST /register: creates the member, records the policy version they
// accepted and signs them in; a form error keeps what was typed.
#include "accounts/normalize.h"
#include "web/handler.h"
#include "web/register_form.h"

namespace hanse::web {

Response register_submit(App& app, Request& request) {
  Page page(app, request);
  auto& form = request.form();
  accounts::RegistrationInput input;
  input.fields = {std::string(form.get("name")),           std::string(form.get("email")),
                  std::string(form.get("phone")),          std::string(form.get("address")),
                  std::string(form.get("country")),        std::string(form.get("company_name")),
                  std::string(form.get("company_address"))};
  input.password = std::string(form.get("password"));
  input.accepted_policy = form.get("accept_policy") == "1";
  auto outcome = app.accounts->register_member(input, client_info(request));
  if (!outcome) return error_response(app, request, outcome.error());
  if (!outcome->errors.empty()) return render_register_form(page, input, outcome->errors, 422);
  set_session_cookie(app, request, page.response(), outcome->session->token, false);
  carry_choice_at_sign_in(app, request, page.response(), outcome->session->session.owner_id, "/register");
  return page.redirect("/account");
}

}  // namespace hanse::web
