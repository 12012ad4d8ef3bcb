// The staff sign-in form (web/staff_signin_show.cpp, web/staff_signin_submit.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

Response render_staff_signin_form(Page& page, const std::string& email, const std::string& error,
                                  int status);

}  // namespace hanse::web
