// The invitation page (web/invite_show.cpp, web/invite_accept.cpp).
#pragma once

#include "market/company.h"
#include "web/handler.h"

namespace hanse::web {

// The page for a link that cannot be used: 404 for an unknown token, 410
// for a used or expired one.
Response invalid_invite(Page& page, int status, const std::string& message);

Response render_invite(Page& page, const Request& request, const market::Company& company,
                       const std::string& error, int status);

}  // namespace hanse::web
