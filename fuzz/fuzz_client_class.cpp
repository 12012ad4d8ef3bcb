// fuzz-sources: src/stats/client_class.cpp
// The statistics' user-agent and referrer classification (SPEC P-9) on
// arbitrary bytes: never crashes, and what it would store is always a
// short label or a plain host name -- never the input's own text when
// that holds bytes a label or host name cannot.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "stats/client_class.h"

namespace {

bool plain_host(std::string_view host) {
  if (host.size() > 253) return false;
  for (char c : host) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  using namespace hanse::stats;

  const ClientClass client = classify_user_agent(input);
  if (client.major < 0 || client.major > 9999) std::abort();
  const std::string label = browser_label(client.family, client.major);
  if (label.empty() || label.size() > 24) std::abort();
  if (device_label(client.device).empty()) std::abort();
  if (input.size() > 512 && client.family != BrowserFamily::other) std::abort();

  // The input as a referrer, and split into a referrer and this site's host.
  const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
  for (const std::string& domain :
       {referrer_domain(input, "hanse.example"), referrer_domain(input.substr(split), input.substr(0, split))}) {
    if (domain != "other" && !plain_host(domain)) std::abort();
  }
  const std::string host = host_without_port(input);
  if (host.size() > size) std::abort();
  return 0;
}
