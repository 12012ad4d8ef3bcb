#include <spdlog/spdlog.h>

#include "http/access_log.h"
#include "web/page.h"

namespace hanse::web {

int status_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid_input: return 400;
    case ErrorKind::unauthorized: return 401;
    case ErrorKind::forbidden: return 403;
    case ErrorKind::not_found: return 404;
    case ErrorKind::conflict: return 409;
    case ErrorKind::too_many_requests: return 429;
    case ErrorKind::unavailable: return 503;
    case ErrorKind::internal: return 500;
  }
  return 500;
}

namespace {

struct Explanation {
  const char* title;
  const char* text;
};

Explanation explain(int status) {
  switch (status) {
    case 400: return {"Bad request", "The request could not be understood."};
    case 401: return {"Please sign in", "This page needs you to be signed in."};
    case 403: return {"Not allowed",
                      "This action was refused. If you sent a form, reload the page and try "
                      "again: forms need cookies enabled to prove they came from this site."};
    case 404: return {"Page not found", "There is no page at this address."};
    case 405: return {"Method not allowed", "This address does not accept that kind of request."};
    case 409: return {"Conflict", "This change conflicts with the current state."};
    case 413: return {"Too large", "What you sent is larger than this site accepts."};
    case 429: return {"Too many attempts", "Please wait a moment and try again."};
    case 431: return {"Headers too large", "The request's headers are larger than this site accepts."};
    case 503: return {"Temporarily unavailable", "Please try again in a moment."};
    default: return {"Something went wrong", "The error was logged; please try again later."};
  }
}

}  // namespace

http::Response error_page(App& app, int status, const http::Request* request,
                          const std::string& detail) {
  auto [title, text] = explain(status);
  http::Response response;
  PageFrame frame;
  frame.title = title;
  response.status = status;
  response.body = app.views->page("error", frame, [&](Dict& d) {
    d.SetValue("HEADING", title);
    d.SetValue("TEXT", detail.empty() ? std::string(text) : detail);
    d.SetIntValue("STATUS", status);
  });
  response.set_header("Content-Type", "text/html; charset=utf-8");
  (void)request;
  return response;
}

http::Response error_response(App& app, const http::Request& request, const Error& error) {
  int status = status_for(error.kind);
  if (status >= 500) {
    // The path may hold a token (a reset link): redacted as in the access log.
    spdlog::error("{} {}: {}: {}", http::log_safe_path(request.method), http::redact_path(request.path),
                  to_string(error.kind), error.message);
    return error_page(app, status, &request);
  }
  return error_page(app, status, &request, error.message);
}

}  // namespace hanse::web
