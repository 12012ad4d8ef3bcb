// The policy publication form (web/staff_policy_show.cpp, web/staff_policy_submit.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

Response render_staff_policy_form(App& app, Page& page, const std::string& source,
                                  const std::string& effective, const std::string& error,
                                  const std::string& done, int status);

}  // namespace hanse::web
