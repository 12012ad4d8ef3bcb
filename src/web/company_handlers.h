// Handlers of the company pages, members, invitations and the members'
// public profiles (M-1, M-2, P-12), one file per page:
// web/company_*.cpp and web/member_profile*.cpp. Routes: company_routes.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/request.h"
#include "http/response.h"
#include "market/company.h"
#include "market/membership.h"
#include "web/app.h"
#include "web/ids.h"
#include "web/page.h"

namespace hanse::web {

using http::Request;
using http::Response;

Response company_dashboard(App& app, Request& request);     // GET /company
Response company_new_show(App& app, Request& request);      // GET /company/new
Response company_new_submit(App& app, Request& request);    // POST /company/new
Response company_edit_show(App& app, Request& request);     // GET /company/edit
Response company_edit_submit(App& app, Request& request);   // POST /company/edit
Response company_delete_show(App& app, Request& request);   // GET /company/delete
Response company_delete_submit(App& app, Request& request); // POST /company/delete
Response company_show(App& app, Request& request);          // GET /company/{id}-{slug}
Response company_preview(App& app, Request& request);       // GET /company/preview

Response company_members(App& app, Request& request);        // GET /company/members
Response company_invite_submit(App& app, Request& request);  // POST /company/invite
Response company_member_remove(App& app, Request& request);  // POST /company/members/{member_id}/remove
Response company_invite_show(App& app, Request& request);    // GET /invite/{token}
Response company_invite_accept(App& app, Request& request);  // POST /invite/{token}

Response member_profile_show(App& app, Request& request);     // GET /account/profile
Response member_profile_submit(App& app, Request& request);   // POST /account/profile
Response member_profile_preview(App& app, Request& request);  // GET /account/profile/preview
Response member_public_show(App& app, Request& request);      // GET /member/{id}

// --- shared by these pages (web/company_common.cpp) ----------------------


// The signed-in member's company membership, or nullopt.
Result<std::optional<market::Membership>> membership_for(App& app, std::int64_t member_id);

// The company with this id, or nullopt.
Result<std::optional<market::Company>> find_company(App& app, std::int64_t company_id);

// Everything the company page shows.
struct CompanyPageContent {
  market::Company company;
  std::vector<market::CompanyPerson> people;
  std::vector<market::ListingLink> products;  // the newest few
  std::vector<market::ListingLink> offers;    // the newest few active ones
};

// The company with this id and what its page lists, read in one
// Database::read; nullopt when there is no such company.
Result<std::optional<CompanyPageContent>> load_company_page(App& app, std::int64_t company_id);

// The company page as every visitor sees it (P-12: each field only when the
// policy publishes it); with preview, the same page under a banner saying so.
Response render_company_page(App& app, Page& page, const CompanyPageContent& content, bool preview);

// A member's public profile page (404 without a public name); with preview,
// the same under a banner.
Response render_member_page(App& app, const Request& request, Page& page,
                            const market::PublicProfile& profile, bool preview);

}  // namespace hanse::web
