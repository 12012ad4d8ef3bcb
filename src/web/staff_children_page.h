// The staff list of guardians' requests (P-18), with a message after an
// action (web/staff_child_request_carry_out.cpp).
#pragma once

#include <string>

#include "web/handler.h"

namespace hanse::web {

Response render_staff_children(App& app, const Request& request, Page& page, const std::string& error, const std::string& done,
                               int status);

}  // namespace hanse::web
