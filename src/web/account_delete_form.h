// The "delete my account" form (web/account_delete_show.cpp and
// web/account_delete_submit.cpp).
#pragma once

#include "accounts/registration.h"
#include "web/handler.h"

namespace hanse::web {

// The form with field errors (status 422 when there are any).
Response render_account_delete_form(Page& page, const accounts::FieldErrors& errors);

}  // namespace hanse::web
