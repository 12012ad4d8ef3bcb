// The URLs of companies, their members and invitations (M-1, M-2), and the
// members' public profiles (P-12).
#include "web/company_handlers.h"
#include "web/routes.h"

namespace hanse::web {

void add_company_routes(RouteTable& routes) {
  routes.get("/company", company_dashboard);
  routes.get("/company/new", company_new_show);
  routes.post("/company/new", company_new_submit);
  routes.get("/company/edit", company_edit_show);
  routes.post("/company/edit", company_edit_submit);
  routes.get("/company/delete", company_delete_show);
  routes.post("/company/delete", company_delete_submit);
  routes.get("/company/preview", company_preview);
  routes.get("/company/members", company_members);
  routes.post("/company/invite", company_invite_submit);
  routes.post("/company/members/{member_id}/remove", company_member_remove);
  routes.get_public("/company/{id}", company_show);
  routes.get("/invite/{token}", company_invite_show);
  routes.post("/invite/{token}", company_invite_accept);

  routes.get("/account/profile", member_profile_show);
  routes.post("/account/profile", member_profile_submit);
  routes.get("/account/profile/preview", member_profile_preview);
  routes.get_public("/member/{id}", member_public_show);
}

}  // namespace hanse::web
