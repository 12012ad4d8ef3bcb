// The pipeline's staff gate (S-1): a staff page opens only for a signed-in
// staff member whose role its row names; others are sent to the staff
// sign-in, or refused with 403 naming the roles.
#include <string>

#include "web/page.h"
#include "web/pipeline.h"

namespace hanse::web {
namespace {

std::string roles_text(StaffRoles roles) {
  std::string out;
  const staff::Role all[] = {staff::Role::admin, staff::Role::support, staff::Role::compliance};
  for (auto role : all) {
    if (!roles.contains(role)) continue;
    if (!out.empty()) out += ", ";
    out += staff::to_string(role);
  }
  return out;
}

}  // namespace

http::Middleware staff_gate(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || context->route().staff.empty()) return next();
    auto who = context->staff_member();
    if (!who) return error_response(app, request, who.error());
    if (!*who) return http::Response::redirect("/staff/signin");
    if (!context->route().staff.contains((*who)->role))
      return error_page(app, 403, &request,
                        "This page is for staff with the role " + roles_text(context->route().staff) + ".");
    return next();
  };
}

}  // namespace hanse::web
