// One feedback message with its answers and the reply form (P-20), shown by
// staff_feedback_show and again by staff_feedback_reply.
#pragma once

#include <string>

#include "accounts/registration.h"
#include "web/handler.h"

namespace hanse::web {

Response render_staff_feedback_item(App& app, const Request& request, Page& page, std::int64_t id,
                                    const std::string& body, const accounts::FieldErrors& errors,
                                    const std::string& done, int status);

}  // namespace hanse::web
