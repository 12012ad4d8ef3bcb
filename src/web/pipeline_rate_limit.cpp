// The pipeline's limits on creating things: a route whose row names a
// limit counts each request against the signed-in member (when there is
// one) and against the sender's IP address, per hour, in the database so
// that every instance counts alike. Past the limit the request is
// answered with 429, a Retry-After header and a page saying when to try
// again, before the handler runs.
#include <fmt/format.h>

#include "web/page.h"
#include "web/pipeline.h"

namespace hanse::web {
namespace {

struct Limits {
  const char* key;   // the throttle key's prefix
  const char* what;  // for the page: "You have created many <what>"
  int per_member;
  int per_ip;
};

Limits limits_for(const LimitsConfig& c, RateLimit limit) {
  switch (limit) {
    case RateLimit::listings: return {"listings", "listings", c.listings_per_member_hour, c.listings_per_ip_hour};
    case RateLimit::inquiries:
      return {"inquiries", "inquiries and replies", c.inquiries_per_member_hour, c.inquiries_per_ip_hour};
    case RateLimit::invitations:
      return {"invitations", "invitations", c.invitations_per_member_hour, c.invitations_per_ip_hour};
    case RateLimit::uploads: return {"uploads", "changes with uploads", c.uploads_per_member_hour, c.uploads_per_ip_hour};
    case RateLimit::messages:
      return {"messages", "messages to the site", c.messages_per_member_hour, c.messages_per_ip_hour};
    case RateLimit::none: break;
  }
  return {"", "", 0, 0};
}

accounts::ThrottleRule hourly(int max) { return {max, 3600, 60, 3600}; }

}  // namespace

http::Middleware rate_limit(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || context->route().limit == RateLimit::none) return next();
    const Limits limits = limits_for(app.config.limits, context->route().limit);
    auto member = context->member();
    if (!member) return error_response(app, request, member.error());
    auto by_ip = std::pair{fmt::format("{}-ip:{}", limits.key, request.remote_address), hourly(limits.per_ip)};
    auto blocked = *member ? app.accounts->count_requests(
                                 {{fmt::format("{}-member:{}", limits.key, (*member)->member.id),
                                   hourly(limits.per_member)},
                                  by_ip})
                           : app.accounts->count_requests({by_ip});
    if (!blocked) return error_response(app, request, blocked.error());
    if (*blocked == 0) return next();
    const auto minutes = (*blocked + 59) / 60;
    auto response = error_page(app, 429, &request,
                               fmt::format("You have sent many {} in the last hour. Please try again in {} minute{}.",
                                           limits.what, minutes, minutes == 1 ? "" : "s"));
    response.set_header("Retry-After", std::to_string(*blocked));
    return response;
  };
}

}  // namespace hanse::web
