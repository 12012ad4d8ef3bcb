// The feedback form (P-20), shown by feedback_show and again, with field
// errors, by feedback_submit.
#pragma once

#include "accounts/registration.h"
#include "rights/feedback.h"
#include "web/handler.h"

namespace hanse::web {

Response render_feedback_form(App& app, Page& page, const rights::FeedbackInput& input,
                              const accounts::FieldErrors& errors, int status);

}  // namespace hanse::web
