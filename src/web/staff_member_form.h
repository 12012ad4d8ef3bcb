// The support page's member lookup (S-1), shared by its handlers
// (web/staff_member_*.cpp).
#pragma once

#include <string>

#include "privacy/staff_views.h"
#include "web/handler.h"

namespace hanse::web {

// The lookup form with what was typed, and below it the outcome of a view:
// its field errors, "not found", the refusal, or the member's data.
Response render_staff_member_form(App& app, Page& page, const privacy::ViewRequest& typed,
                                  const privacy::ViewOutcome& outcome, int status);

}  // namespace hanse::web
