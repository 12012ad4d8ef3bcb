// The sign-in form (web/signin_show.cpp, web/signin_submit.cpp).
#pragma once

#include "web/handler.h"

namespace hanse::web {

Response render_signin_form(Page& page, const std::string& email, bool remember,
                            const std::string& error, int status);

}  // namespace hanse::web
