// The route table: every URL of the site, one row each.
#include "web/routes.h"

#include "web/catalogue_handlers.h"
#include "web/company_handlers.h"
#include "web/handlers.h"
#include "web/inquiry_handlers.h"
#include "web/search_handlers.h"

namespace hanse::web {
namespace {

using staff::Role;

constexpr RouteRow get(const char* pattern, HandlerFn handler, const char* section) {
  RouteRow row;
  row.pattern = pattern;
  row.handler = handler;
  row.section = section;
  return row;
}
constexpr RouteRow post(const char* pattern, HandlerFn handler, const char* section) {
  RouteRow row = get(pattern, handler, section);
  row.method = "POST";
  return row;
}

constexpr StaffRoles kPolicyPublishers{Role::admin, Role::compliance};

const RouteRow kRoutes[] = {
    // The front page, health check and the privacy policy (P-1).
    get("/", home_show, "home"),
    get("/healthz", healthz, "health"),
    get("/privacy", privacy_show, "privacy"),
    get("/privacy/versions", privacy_versions, "privacy"),
    get("/privacy/v/{n}", privacy_version_show, "privacy"),
    get("/privacy/changes", privacy_changes, "privacy"),
    get("/privacy/policy.json", privacy_policy_json, "privacy"),

    // Registration, signing in and out, the member's account (P-4..P-6).
    get("/register", register_show, "accounts"),
    post("/register", register_submit, "accounts").cpu(),
    get("/signin", signin_show, "accounts"),
    post("/signin", signin_submit, "accounts").cpu(),
    post("/signout", signout, "accounts"),
    get("/account", account_show, "account"),
    get("/account/sessions", session_list, "account"),
    post("/account/sessions/revoke-all", session_revoke_all, "account"),
    post("/account/sessions/{id}/revoke", session_revoke, "account"),
    get("/account/password", password_change_show, "account"),
    post("/account/password", password_change_submit, "account").cpu(),
    get("/account/policy", policy_accept_show, "account"),
    post("/account/policy", policy_accept_submit, "account"),
    get("/account/profile", member_profile_show, "account"),
    post("/account/profile", member_profile_submit, "account"),
    get("/account/profile/preview", member_profile_preview, "account"),
    get("/password/forgot", password_forgot_show, "accounts"),
    post("/password/forgot", password_forgot_submit, "accounts"),
    get("/password/reset/{token}", password_reset_show, "accounts"),
    post("/password/reset/{token}", password_reset_submit, "accounts").cpu(),

    // Staff (S-1).
    get("/staff/signin", staff_signin_show, "staff"),
    post("/staff/signin", staff_signin_submit, "staff").cpu(),
    post("/staff/signout", staff_signout, "staff"),
    get("/staff/password/{token}", staff_password_show, "staff"),
    post("/staff/password/{token}", staff_password_submit, "staff").cpu(),
    get("/staff", staff_home, "staff").for_staff(StaffRoles::any()),
    get("/staff/policy", staff_policy_show, "staff").for_staff(kPolicyPublishers),
    post("/staff/policy", staff_policy_submit, "staff").for_staff(kPolicyPublishers),

    // Companies, their members and invitations (M-1, M-2); public profiles (P-12).
    get("/company", company_dashboard, "company"),
    get("/company/new", company_new_show, "company"),
    post("/company/new", company_new_submit, "company"),
    get("/company/edit", company_edit_show, "company"),
    post("/company/edit", company_edit_submit, "company").limited(RateLimit::uploads),
    get("/company/delete", company_delete_show, "company"),
    post("/company/delete", company_delete_submit, "company"),
    get("/company/preview", company_preview, "company"),
    get("/company/members", company_members, "company"),
    post("/company/invite", company_invite_submit, "company").limited(RateLimit::invitations),
    post("/company/members/{member_id}/remove", company_member_remove, "company"),
    get("/company/listings", company_listings, "company"),
    get("/company/{id}", company_show, "company").cached_for_visitors(),
    get("/company/{ref}/products", company_products_show, "company").cached_for_visitors(),
    get("/invite/{token}", company_invite_show, "company"),
    post("/invite/{token}", company_invite_accept, "company"),
    get("/member/{id}", member_public_show, "member").cached_for_visitors(),

    // Products, trade offers and uploaded images (M-3, M-4).
    get("/products/new", product_new_show, "product"),
    post("/products/new", product_new_submit, "product").limited(RateLimit::listings),
    get("/product/{ref}", product_show, "product").cached_for_visitors(),
    get("/product/{id}/edit", product_edit_show, "product"),
    post("/product/{id}/edit", product_edit_submit, "product").limited(RateLimit::uploads),
    post("/product/{id}/delete", product_delete, "product"),
    get("/offers/new", offer_new_show, "offer"),
    post("/offers/new", offer_new_submit, "offer").limited(RateLimit::listings),
    get("/offer/{ref}", offer_show, "offer").cached_for_visitors(),
    get("/offer/{id}/edit", offer_edit_show, "offer"),
    post("/offer/{id}/edit", offer_edit_submit, "offer"),
    post("/offer/{id}/renew", offer_renew, "offer"),
    post("/offer/{id}/withdraw", offer_withdraw, "offer"),
    post("/offer/{id}/delete", offer_delete, "offer"),
    get("/upload/{id}", upload_show, "upload"),

    // Search and the category directory (M-5, M-6).
    get("/search", search_show, "search"),
    get("/categories", categories_show, "category").cached_for_visitors(),
    get("/category/{industry}", category_industry_show, "category").cached_for_visitors(),
    get("/category/{industry}/{sub}", category_sub_show, "category").cached_for_visitors(),

    // Inquiries between buyers and suppliers (M-7).
    get("/inquiries", inquiry_list, "inquiry"),
    get("/inquiries/new", inquiry_new_show, "inquiry"),
    post("/inquiries/new", inquiry_new_submit, "inquiry").limited(RateLimit::inquiries),
    get("/inquiries/{id}", inquiry_show, "inquiry"),
    post("/inquiries/{id}/reply", inquiry_reply, "inquiry").limited(RateLimit::inquiries),
};

}  // namespace

std::span<const RouteRow> route_table() { return kRoutes; }

const RouteRow* route_row(const http::Route* route) {
  if (route == nullptr || route->tag >= std::size(kRoutes)) return nullptr;
  return &kRoutes[route->tag];
}

http::Router make_router(App& app) {
  http::Router router;
  for (std::size_t i = 0; i < std::size(kRoutes); ++i) {
    const RouteRow& row = kRoutes[i];
    router.add({row.method, row.pattern,
                [&app, fn = row.handler](http::Request& request) { return fn(app, request); }, row.work, i});
  }
  return router;
}

}  // namespace hanse::web
