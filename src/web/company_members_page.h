// The members page of a company (web/company_member_*.cpp, web/company_invite_create.cpp).
#pragma once

#include <optional>
#include <string>

#include "market/membership.h"
#include "web/handler.h"

namespace hanse::web {

struct MembersView {
  market::Membership membership;
  std::string invite_email;  // as typed, after a failed invitation
  std::string invite_error;
  bool invited = false;
};

// The members page (with the invitation form for the owner).
Response render_members(App& app, const Request& request, Page& page, const MembersView& view,
                        int status);

// The member's membership of the company the form names, or the response
// refusing the request (403 for another company or none).
std::optional<Response> require_company_of_form(App& app, const Request& request, Page& page,
                                                market::Membership& out, bool owner_only);

}  // namespace hanse::web
