// Access log lines: to the access-log day files, or through spdlog.
#include "http/access_log.h"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>

#include <fmt/format.h>

namespace hanse::http {
namespace {

constexpr std::string_view kRedacted = "{redacted}";
constexpr std::size_t kLongSegment = 24;
constexpr std::size_t kTokenLikeSegment = 12;

}  // namespace

std::string log_safe_path(std::string_view target) {
  static constexpr std::array<char, 16> digits = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
  target = target.substr(0, target.find('?'));
  std::string out;
  out.reserve(target.size());
  for (const char ch : target) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x21 || c >= 0x7F || c == '"' || c == '\\') {
      out += "\\x";
      out.push_back(digits[c >> 4]);
      out.push_back(digits[c & 0x0F]);
    } else {
      out.push_back(ch);
    }
  }
  return out;
}

bool secret_like_segment(std::string_view segment) {
  if (segment.size() > kLongSegment) return true;
  if (segment.size() < kTokenLikeSegment) return false;
  bool upper = false, lower = false, digit = false, separator = false;
  for (const char c : segment) {
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= '0' && c <= '9') digit = true;
    else if (c == '-' || c == '.') separator = true;
  }
  if (!digit || !(upper || lower)) return false;
  return (upper && lower) || !separator;
}

std::string redact_path(std::string_view target) {
  target = target.substr(0, target.find('?'));
  std::string out;
  out.reserve(target.size());
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = target.find('/', start);
    const std::string_view segment =
        target.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    out += secret_like_segment(segment) ? std::string(kRedacted) : log_safe_path(segment);
    if (slash == std::string_view::npos) break;
    out.push_back('/');
    start = slash + 1;
  }
  return out;
}

std::string access_path(const Request& request, const Route* route) {
  if (route != nullptr) return route->pattern;
  if (request.target.empty()) return "-";
  return redact_path(request.target);
}

std::string access_line(const AccessRecord& record, bool with_remote) {
  std::string line = fmt::format("method={} path=\"{}\" status={} bytes={} duration_us={}",
                                 log_safe_path(record.method), log_safe_path(record.path), record.status,
                                 record.bytes, record.duration_us);
  if (with_remote) {
    line += " remote=";
    line += log_safe_path(record.remote_address.empty() ? std::string_view("-") : record.remote_address);
  }
  return line;
}

void log_access(const AccessRecord& record, DayLog* file) {
  if (file != nullptr) file->write(access_line(record, true));
  else spdlog::info("access {}", access_line(record, false));
}

Middleware access_log(DayLog* file) {
  return [file](Request& request, const Route* route, const Next& next) {
    const auto started = std::chrono::steady_clock::now();
    Response response = next();
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    const std::string path = access_path(request, route);
    log_access(AccessRecord{request.method.empty() ? std::string_view("-") : request.method, path,
                            response.status, request.method == "HEAD" ? 0 : response.body_view().size(),
                            elapsed.count(), request.remote_address},
               file);
    return response;
  };
}

}  // namespace hanse::http
