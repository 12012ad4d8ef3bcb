// The public-profile form and page (web/member_*.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "market/company.h"
#include "web/handler.h"

namespace hanse::web {

// The public-profile form, with what was typed and its errors.
Response render_member_profile_form(App& app, Page& page, const std::string& name,
                                    const std::string& title, const market::CompanyErrors& errors,
                                    bool saved, int status);

// The member's public profile, or nullopt.
Result<std::optional<market::PublicProfile>> profile_of(App& app, std::int64_t member_id);

// A member's public profile page (404 without a public name); with preview,
// the same under a banner.
Response render_member_page(App& app, const Request& request, Page& page,
                            const market::PublicProfile& profile, bool preview);

}  // namespace hanse::web
