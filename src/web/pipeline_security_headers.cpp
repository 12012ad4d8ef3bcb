// The pipeline's security headers (P-6), on every response.
#include "web/pipeline.h"

namespace hanse::web {

http::Middleware security_headers(App& app) {
  const bool behind_tls = app.config.server.behind_tls;
  return [behind_tls](http::Request& request, const http::Route*, const http::Next& next) {
    http::Response response = next();
    // A handler may set a stricter policy of its own (uploaded images).
    if (response.header("Content-Security-Policy").empty())
      response.set_header("Content-Security-Policy",
                          "default-src 'self'; script-src 'self'; style-src 'self'; "
                          "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                          "base-uri 'none'; object-src 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.secure || behind_tls)
      response.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // Pages may hold personal data: no shared caches, no back-button copies.
    if (response.header("Cache-Control").empty()) response.set_header("Cache-Control", "no-store");
    return response;
  };
}

}  // namespace hanse::web
