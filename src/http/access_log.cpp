// Access log lines through spdlog.
#include "http/access_log.h"

#include <spdlog/spdlog.h>

#include <array>
#include <chrono>

namespace hanse::http {

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

void log_access(const AccessRecord& record) {
  spdlog::info("access method={} path=\"{}\" status={} bytes={} duration_us={} remote={}",
               log_safe_path(record.method), log_safe_path(record.target), record.status,
               record.bytes, record.duration_us, record.remote_address);
}

Middleware access_log() {
  return [](Request& request, const Route*, const Next& next) {
    const auto started = std::chrono::steady_clock::now();
    Response response = next();
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    log_access(AccessRecord{request.method.empty() ? std::string_view("-") : request.method,
                            request.target.empty() ? std::string_view("-") : request.target,
                            response.status, request.method == "HEAD" ? 0 : response.body.size(),
                            elapsed.count(), request.remote_address});
    return response;
  };
}

}  // namespace hanse::http
