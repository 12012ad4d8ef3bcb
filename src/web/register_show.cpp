// GET /register: the registration form (P-4, P-19: the policy version it
// collects under is named on the form).
#include "accounts/normalize.h"
#include "web/handler.h"
#include "web/register_form.h"

namespace hanse::web {

Response register_show(App& app, Request& request) {
  Page page(app, request);
  accounts::RegistrationInput empty;
  return render_register_form(page, empty, {}, 200);
}

}  // namespace hanse::web
