// One line per request for diagnosing the server (SPEC P-11, policy clause
// "server-logs"). Never logs bodies, query strings, cookies, authorization
// headers or secrets in paths: a request that matched a route is logged by
// the route's pattern ("/password/reset/{token}"), never by its path; any
// other request (static files, 404, 405, the server's own 400, 413 and 431)
// by its path with anything that may be a secret replaced (redact_path).
//
// With an access-log file (core/day_log.h, log.access_dir) the line, with
// the remote address, goes there and only there: the general log never
// holds an IP address. Without one (log.access_dir = "off") the line goes
// to the general log without the remote address.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/day_log.h"
#include "http/pipeline.h"

namespace hanse::http {

struct AccessRecord {
  std::string_view method;
  std::string_view path;  // the route pattern, or redact_path() of the target
  int status = 0;
  std::size_t bytes = 0;  // body bytes written
  long long duration_us = 0;
  std::string_view remote_address;
};

// `method=GET path="/company/{id}" status=200 bytes=512 duration_us=80`,
// and ` remote=ADDRESS` when with_remote. Method and path are escaped as by
// log_safe_path.
std::string access_line(const AccessRecord& record, bool with_remote);

// Writes the record: to `file` with the remote address, or, when file is
// null, through spdlog at info level without it.
void log_access(const AccessRecord& record, DayLog* file);

// The pipeline stage (http/pipeline.h) that writes one record per request
// once the rest of the chain has answered; duration_us is the time the rest
// of the chain took. Place it outermost, so it sees the final status.
// `file` (may be null, see above) must outlive the pipeline.
Middleware access_log(DayLog* file = nullptr);

// The target without its query string, with control and non-ASCII bytes
// escaped as \xNN so that a path cannot forge log lines.
std::string log_safe_path(std::string_view target);

// What the access log writes for a request that matched no route: the path
// (log_safe_path) with every segment that may be a secret replaced by
// "{redacted}". A segment may be a secret (a token typed or pasted into an
// address, say a reset link with a typo) when it is longer than 24 bytes,
// or when it has 12 bytes or more, holds a letter and a digit, and either
// mixes upper- and lower-case letters or has no '-' and no '.' (base64 or
// hex rather than a slug such as "12-acme-gmbh" or a file name such as
// "site.css"). Short words, slugs and file names stay readable:
// "/no/such/page", "/static/site.css", "/wp-login.php".
std::string redact_path(std::string_view target);

// How every log line names a request: the route's pattern when there is a
// route, else redact_path(request.target) ("-" for no target).
std::string access_path(const Request& request, const Route* route);

// True when redact_path replaces this path segment.
bool secret_like_segment(std::string_view segment);

}  // namespace hanse::http
