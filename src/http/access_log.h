// One structured log line per request. Never logs bodies, query strings,
// cookies or authorization headers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "http/pipeline.h"

namespace hanse::http {

struct AccessRecord {
  std::string_view method;
  std::string_view target;  // as sent; the query string is cut off here
  int status = 0;
  std::size_t bytes = 0;  // body bytes written
  long long duration_us = 0;
  std::string_view remote_address;
};

// Writes the record through spdlog at info level.
void log_access(const AccessRecord& record);

// The pipeline stage (http/pipeline.h) that writes one record per request
// once the rest of the chain has answered; duration_us is the time the rest
// of the chain took. Place it outermost, so it sees the final status.
Middleware access_log();

// The target without its query string, with control and non-ASCII bytes
// escaped as \xNN so that a path cannot forge log lines.
std::string log_safe_path(std::string_view target);

}  // namespace hanse::http
