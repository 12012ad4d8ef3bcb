// The route table: every URL of the site, one row each.
#include "web/routes.h"

#include "web/handler.h"
#include "web/testing_door_probe.h"

namespace hanse::web {

// The handlers: each is defined in its own file, web/<handler>.cpp.
Response home_show(App&, Request&);
Response health_show(App&, Request&);
Response privacy_show(App&, Request&);
Response privacy_version_list(App&, Request&);
Response privacy_version_show(App&, Request&);
Response privacy_changes_show(App&, Request&);
Response privacy_policy_json(App&, Request&);
Response register_show(App&, Request&);
Response register_submit(App&, Request&);
Response signin_show(App&, Request&);
Response signin_submit(App&, Request&);
Response signout(App&, Request&);
Response account_show(App&, Request&);
Response session_list(App&, Request&);
Response session_revoke_all(App&, Request&);
Response session_revoke(App&, Request&);
Response password_change_show(App&, Request&);
Response password_change_submit(App&, Request&);
Response policy_accept_show(App&, Request&);
Response policy_accept_submit(App&, Request&);
Response member_profile_show(App&, Request&);
Response member_profile_submit(App&, Request&);
Response member_profile_preview(App&, Request&);
Response password_forgot_show(App&, Request&);
Response password_forgot_submit(App&, Request&);
Response password_reset_show(App&, Request&);
Response password_reset_submit(App&, Request&);
Response staff_signin_show(App&, Request&);
Response staff_signin_submit(App&, Request&);
Response staff_signout(App&, Request&);
Response staff_password_show(App&, Request&);
Response staff_password_submit(App&, Request&);
Response staff_home_show(App&, Request&);
Response staff_policy_show(App&, Request&);
Response staff_policy_submit(App&, Request&);
Response company_dashboard_show(App&, Request&);
Response company_new_show(App&, Request&);
Response company_new_submit(App&, Request&);
Response company_edit_show(App&, Request&);
Response company_edit_submit(App&, Request&);
Response company_delete_show(App&, Request&);
Response company_delete_submit(App&, Request&);
Response company_preview(App&, Request&);
Response company_member_list(App&, Request&);
Response company_invite_create(App&, Request&);
Response company_member_remove(App&, Request&);
Response company_listings_show(App&, Request&);
Response company_show(App&, Request&);
Response company_products_show(App&, Request&);
Response invite_show(App&, Request&);
Response invite_accept(App&, Request&);
Response member_show(App&, Request&);
Response product_new_show(App&, Request&);
Response product_new_submit(App&, Request&);
Response product_show(App&, Request&);
Response product_edit_show(App&, Request&);
Response product_edit_submit(App&, Request&);
Response product_delete(App&, Request&);
Response offer_new_show(App&, Request&);
Response offer_new_submit(App&, Request&);
Response offer_show(App&, Request&);
Response offer_edit_show(App&, Request&);
Response offer_edit_submit(App&, Request&);
Response offer_renew(App&, Request&);
Response offer_withdraw(App&, Request&);
Response offer_delete(App&, Request&);
Response upload_show(App&, Request&);
Response upload_thumbnail_show(App&, Request&);
Response search_show(App&, Request&);
Response category_list(App&, Request&);
Response category_industry_show(App&, Request&);
Response category_sub_show(App&, Request&);
// Erasure (P-15)
Response account_delete_show(App&, Request&);
Response account_delete_submit(App&, Request&);
Response account_delete_done(App&, Request&);
Response inquiry_list(App&, Request&);
Response inquiry_new_show(App&, Request&);
Response inquiry_new_submit(App&, Request&);
Response inquiry_show(App&, Request&);
Response inquiry_reply(App&, Request&);
Response member_data_show(App&, Request&);
Response member_data_export(App&, Request&);
Response member_details_show(App&, Request&);
Response member_details_submit(App&, Request&);
// Staff views and disclosures (S-1, P-13).
Response staff_member_find(App&, Request&);
Response staff_member_view(App&, Request&);
Response staff_member_show(App&, Request&);
Response staff_disclosure_list(App&, Request&);
Response staff_disclosure_new_show(App&, Request&);
Response staff_disclosure_new_submit(App&, Request&);
Response staff_disclosure_lift(App&, Request&);
Response staff_disclosure_package(App&, Request&);
Response transparency_show(App&, Request&);
Response account_access_show(App&, Request&);
Response children_show(App&, Request&);
Response children_submit(App&, Request&);
Response child_request_confirm_show(App&, Request&);
Response child_request_confirm(App&, Request&);
Response staff_children_list(App&, Request&);
Response staff_child_request_carry_out(App&, Request&);
Response feedback_show(App&, Request&);
Response feedback_submit(App&, Request&);
Response staff_feedback_list(App&, Request&);
Response staff_feedback_show(App&, Request&);
Response staff_feedback_reply(App&, Request&);
// Anonymous statistics: the dashboard (P-9) and exports for third parties (P-10).
Response staff_stats_show(App&, Request&);
Response staff_stats_csv(App&, Request&);
Response staff_stats_exports_list(App&, Request&);
Response staff_stats_export_create(App&, Request&);
// Cookies and choices (P-16, P-17).
Response cookie_settings_show(App&, Request&);
Response cookie_settings_submit(App&, Request&);
Response cookie_registry_json(App&, Request&);
Response gpc_json(App&, Request&);
// Banners, promotions and personalisation (P-11, issue 14).
Response banner_click(App&, Request&);
Response banner_image_show(App&, Request&);
Response staff_banner_list(App&, Request&);
Response staff_banner_new_show(App&, Request&);
Response staff_banner_new_submit(App&, Request&);
Response staff_banner_end(App&, Request&);
Response account_personalisation_show(App&, Request&);
Response account_personalisation_submit(App&, Request&);
Response promotion_list(App&, Request&);
Response account_promotions_show(App&, Request&);
Response account_promotion_join(App&, Request&);
Response account_promotion_leave(App&, Request&);
Response staff_promotion_list(App&, Request&);
Response staff_promotion_new_show(App&, Request&);
Response staff_promotion_new_submit(App&, Request&);
// Marketing e-mail: contact choices, campaigns, one-click unsubscribe (P-11).
Response account_messages_show(App&, Request&);
Response account_messages_submit(App&, Request&);
Response staff_campaign_list(App&, Request&);
Response staff_campaign_create(App&, Request&);
Response staff_campaign_show(App&, Request&);
Response staff_campaign_send(App&, Request&);
Response staff_campaign_postal_csv(App&, Request&);
Response unsubscribe_show(App&, Request&);
Response unsubscribe_submit(App&, Request&);
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
constexpr StaffRoles kDisclosureOfficers{Role::compliance};
// The statistics dashboard: admin and compliance; exports to third parties
// are a compliance decision (P-10).
constexpr StaffRoles kStatisticsReaders{Role::admin, Role::compliance};
constexpr StaffRoles kStatisticsExporters{Role::compliance};
constexpr StaffRoles kSupport{Role::admin, Role::support};
constexpr StaffRoles kBannerManagers{Role::admin};

const RouteRow kRoutes[] = {
    // The front page, health check and the privacy policy (P-1).
    get("/", home_show, "home").cached_for_visitors(),
    get("/healthz", health_show, "health"),
    get("/privacy", privacy_show, "privacy"),
    get("/privacy/versions", privacy_version_list, "privacy"),
    get("/privacy/v/{n}", privacy_version_show, "privacy"),
    get("/privacy/changes", privacy_changes_show, "privacy"),
    get("/privacy/policy.json", privacy_policy_json, "privacy"),
    get("/privacy/cookies", cookie_settings_show, "privacy"),
    post("/privacy/cookies", cookie_settings_submit, "privacy").proven_by(RequestProof::same_origin),
    get("/privacy/cookies.json", cookie_registry_json, "privacy").cached_for_visitors(),
    get("/.well-known/gpc.json", gpc_json, "privacy").cached_for_visitors(),

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
    // Erasure (P-15): delete my account, then the page saying what is kept.
    get("/bin/user/edit/delete", account_delete_show, "account"),
    post("/bin/user/edit/delete", account_delete_submit, "account").cpu(),
    get("/bin/user/edit/deleted", account_delete_done, "account"),
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
    get("/staff", staff_home_show, "staff").for_staff(StaffRoles::any()),
    get("/staff/policy", staff_policy_show, "staff").for_staff(kPolicyPublishers),
    post("/staff/policy", staff_policy_submit, "staff").for_staff(kPolicyPublishers),

    // Companies, their members and invitations (M-1, M-2); public profiles (P-12).
    get("/company", company_dashboard_show, "company"),
    get("/company/new", company_new_show, "company"),
    post("/company/new", company_new_submit, "company"),
    get("/company/edit", company_edit_show, "company"),
    post("/company/edit", company_edit_submit, "company").limited(RateLimit::uploads),
    get("/company/delete", company_delete_show, "company"),
    post("/company/delete", company_delete_submit, "company"),
    get("/company/preview", company_preview, "company"),
    get("/company/members", company_member_list, "company"),
    post("/company/invite", company_invite_create, "company").limited(RateLimit::invitations),
    post("/company/members/{member_id}/remove", company_member_remove, "company"),
    get("/company/listings", company_listings_show, "company"),
    get("/company/{id}", company_show, "company").cached_for_visitors(),
    get("/company/{ref}/products", company_products_show, "company").cached_for_visitors(),
    get("/invite/{token}", invite_show, "company"),
    post("/invite/{token}", invite_accept, "company"),
    get("/member/{id}", member_show, "member").cached_for_visitors(),

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
    // Listing cards (issue 12): thumbnails of uploads, immutable files.
    get("/upload/{id}/{size}", upload_thumbnail_show, "upload"),

    // Search and the category directory (M-5, M-6).
    get("/search", search_show, "search"),
    get("/categories", category_list, "category").cached_for_visitors(),
    get("/category/{industry}", category_industry_show, "category").cached_for_visitors(),
    get("/category/{industry}/{sub}", category_sub_show, "category").cached_for_visitors(),

    // Inquiries between buyers and suppliers (M-7).
    get("/inquiries", inquiry_list, "inquiry"),
    get("/inquiries/new", inquiry_new_show, "inquiry"),
    post("/inquiries/new", inquiry_new_submit, "inquiry").limited(RateLimit::inquiries),
    get("/inquiries/{id}", inquiry_show, "inquiry"),
    post("/inquiries/{id}/reply", inquiry_reply, "inquiry").limited(RateLimit::inquiries),

    // The member's data: see, correct and download it (P-15).
    get("/bin/user/edit", member_data_show, "rights"),
    get("/bin/user/edit/export.zip", member_data_export, "rights"),
    get("/bin/user/edit/details", member_details_show, "rights"),
    post("/bin/user/edit/details", member_details_submit, "rights").cpu(),
    // Staff views of a member's data for a stated purpose (S-1) and
    // disclosures with the public transparency counts (P-13).
    get("/staff/members", staff_member_find, "staff").for_staff(StaffRoles::any()),
    post("/staff/members", staff_member_view, "staff").for_staff(StaffRoles::any()),
    get("/staff/members/{id}", staff_member_show, "staff").for_staff(StaffRoles::any()),
    get("/staff/disclosures", staff_disclosure_list, "staff").for_staff(kDisclosureOfficers),
    get("/staff/disclosures/new", staff_disclosure_new_show, "staff").for_staff(kDisclosureOfficers),
    post("/staff/disclosures/new", staff_disclosure_new_submit, "staff").for_staff(kDisclosureOfficers),
    post("/staff/disclosures/{id}/lift", staff_disclosure_lift, "staff").for_staff(kDisclosureOfficers),
    get("/staff/disclosures/{id}/package.json", staff_disclosure_package, "staff").for_staff(kDisclosureOfficers),
    get("/transparency", transparency_show, "privacy").cached_for_visitors(),
    get("/account/access", account_access_show, "account"),
    // Children's data requests and the suppression list (P-18); feedback (P-20).
    get("/children", children_show, "privacy"),
    post("/children", children_submit, "privacy").limited(RateLimit::messages),
    get("/children/confirm/{token}", child_request_confirm_show, "privacy"),
    post("/children/confirm/{token}", child_request_confirm, "privacy"),
    get("/staff/children", staff_children_list, "staff").for_staff(kSupport),
    post("/staff/children/{id}/carry-out", staff_child_request_carry_out, "staff").for_staff(kSupport),
    get("/feedback", feedback_show, "feedback"),
    post("/feedback", feedback_submit, "feedback").limited(RateLimit::messages),
    get("/staff/feedback", staff_feedback_list, "staff").for_staff(kSupport),
    get("/staff/feedback/{id}", staff_feedback_show, "staff").for_staff(kSupport),
    post("/staff/feedback/{id}/reply", staff_feedback_reply, "staff").for_staff(kSupport),
    get("/staff/stats", staff_stats_show, "staff").for_staff(kStatisticsReaders),
    get("/staff/stats.csv", staff_stats_csv, "staff").for_staff(kStatisticsReaders),
    get("/staff/stats/exports", staff_stats_exports_list, "staff").for_staff(kStatisticsExporters),
    post("/staff/stats/exports", staff_stats_export_create, "staff").for_staff(kStatisticsExporters),
    // Banners, promotions and personalisation (P-11, issue 14).
    get("/banner/{id}/click", banner_click, "banner"),
    get("/banner/{id}/image", banner_image_show, "banner"),
    get("/staff/banners", staff_banner_list, "staff").for_staff(kBannerManagers),
    get("/staff/banners/new", staff_banner_new_show, "staff").for_staff(kBannerManagers),
    post("/staff/banners/new", staff_banner_new_submit, "staff").for_staff(kBannerManagers).limited(RateLimit::uploads),
    post("/staff/banners/{id}/end", staff_banner_end, "staff").for_staff(kBannerManagers),
    get("/account/personalisation", account_personalisation_show, "account"),
    post("/account/personalisation", account_personalisation_submit, "account"),
    get("/promotions", promotion_list, "promotion"),
    get("/account/promotions", account_promotions_show, "account"),
    post("/account/promotions/{id}/join", account_promotion_join, "account"),
    post("/account/promotions/{id}/leave", account_promotion_leave, "account"),
    get("/staff/promotions", staff_promotion_list, "staff").for_staff(kBannerManagers),
    get("/staff/promotions/new", staff_promotion_new_show, "staff").for_staff(kBannerManagers),
    post("/staff/promotions/new", staff_promotion_new_submit, "staff").for_staff(kBannerManagers),

    // Marketing e-mail (P-11): the member's contact choices, campaigns
    // written and sent by administrators, and the one-click unsubscribe
    // link of every marketing mail (RFC 8058: no cookie, no form token).
    get("/account/messages", account_messages_show, "account"),
    post("/account/messages", account_messages_submit, "account"),
    get("/staff/campaigns", staff_campaign_list, "staff").for_staff(StaffRoles{Role::admin}),
    post("/staff/campaigns", staff_campaign_create, "staff").for_staff(StaffRoles{Role::admin}),
    get("/staff/campaigns/postal.csv", staff_campaign_postal_csv, "staff").for_staff(StaffRoles{Role::admin}),
    get("/staff/campaigns/{id}", staff_campaign_show, "staff").for_staff(StaffRoles{Role::admin}),
    post("/staff/campaigns/{id}/send", staff_campaign_send, "staff").for_staff(StaffRoles{Role::admin}),
    get("/unsubscribe/{token}", unsubscribe_show, "marketing"),
    post("/unsubscribe/{token}", unsubscribe_submit, "marketing").proven_by(RequestProof::url_token),
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
                [&app, fn = row.handler](http::Request& request) { return fn(app, request); },
                row.work, i});
  }
  add_testing_door_probe(router, app);  // only with testing.door_probe: P-2's planted defect
  return router;
}

}  // namespace hanse::web
