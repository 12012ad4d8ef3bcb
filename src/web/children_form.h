// The guardian's request form (P-18), shown by children_show and again,
// with field errors, by children_submit.
#pragma once

#include "accounts/registration.h"
#include "rights/child_requests.h"
#include "web/handler.h"

namespace hanse::web {

Response render_children_form(App& app, Page& page, const rights::ChildRequestInput& input,
                              const accounts::FieldErrors& errors, int status);

}  // namespace hanse::web
