#include "stats/client_class.h"

#include <array>

namespace hanse::stats {
namespace {

constexpr std::size_t kMaxUserAgent = 512;
constexpr std::size_t kMaxReferer = 2048;
constexpr std::size_t kMaxHost = 253;

bool plain_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x7F) return false;
  }
  return true;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_nocase(std::string_view text, std::string_view needle) {
  if (needle.size() > text.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(text[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool has(std::string_view text, std::string_view token) { return text.find(token) != std::string_view::npos; }

// The digits right after token ("Chrome/" -> 120), 0 when none or too long.
int version_after(std::string_view text, std::string_view token) {
  auto at = text.find(token);
  if (at == std::string_view::npos) return 0;
  int value = 0;
  std::size_t i = at + token.size(), digits = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
    if (digits == 4) return 0;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

struct FamilyRule {
  std::string_view token;
  BrowserFamily family;
  std::string_view version_token;  // empty: the token itself
};

// In order: a browser built on another names both (Edge says Chrome and
// Safari too), so the more specific token comes first.
constexpr std::array<FamilyRule, 12> kFamilies = {{
    {"Edg/", BrowserFamily::edge, ""},
    {"EdgA/", BrowserFamily::edge, ""},
    {"EdgiOS/", BrowserFamily::edge, ""},
    {"OPR/", BrowserFamily::opera, ""},
    {"Opera/", BrowserFamily::opera, "Version/"},
    {"SamsungBrowser/", BrowserFamily::samsung, ""},
    {"Firefox/", BrowserFamily::firefox, ""},
    {"FxiOS/", BrowserFamily::firefox, ""},
    {"CriOS/", BrowserFamily::chrome, ""},
    {"Chrome/", BrowserFamily::chrome, ""},
    {"Chromium/", BrowserFamily::chrome, ""},
    {"Safari/", BrowserFamily::safari, "Version/"},
}};

bool is_bot(std::string_view ua) {
  return contains_nocase(ua, "bot") || contains_nocase(ua, "crawl") || contains_nocase(ua, "spider") ||
         contains_nocase(ua, "slurp");
}

Device device_of(std::string_view ua) {
  if (has(ua, "iPad") || has(ua, "Tablet")) return Device::tablet;
  if (has(ua, "Android")) return has(ua, "Mobile") ? Device::mobile : Device::tablet;
  if (has(ua, "Mobi") || has(ua, "iPhone") || has(ua, "iPod")) return Device::mobile;
  if (has(ua, "Windows") || has(ua, "Macintosh") || has(ua, "X11") || has(ua, "Linux") || has(ua, "CrOS")) {
    return Device::desktop;
  }
  return Device::other;
}

bool host_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

}  // namespace

ClientClass classify_user_agent(std::string_view ua) {
  ClientClass out;
  if (ua.empty() || ua.size() > kMaxUserAgent || !plain_ascii(ua)) return out;
  if (is_bot(ua)) return {BrowserFamily::bot, 0, Device::bot};
  out.device = device_of(ua);
  for (const auto& rule : kFamilies) {
    if (!has(ua, rule.token)) continue;
    if (rule.family == BrowserFamily::safari && !has(ua, "Version/")) continue;  // a WebView, not Safari
    out.family = rule.family;
    out.major = version_after(ua, rule.version_token.empty() ? rule.token : rule.version_token);
    break;
  }
  return out;
}

std::string browser_label(BrowserFamily family, int major) {
  static constexpr std::array<std::string_view, kBrowserFamilies> names = {
      "Other", "Chrome", "Firefox", "Safari", "Edge", "Opera", "Samsung Internet", "Bot"};
  std::string label(names[static_cast<std::size_t>(family)]);
  if (major > 0 && family != BrowserFamily::other && family != BrowserFamily::bot) {
    label += ' ';
    label += std::to_string(major);
  }
  return label;
}

std::string_view device_label(Device device) {
  static constexpr std::array<std::string_view, kDevices> names = {"other", "desktop", "mobile", "tablet",
                                                                   "bot"};
  return names[static_cast<std::size_t>(device)];
}

std::string host_without_port(std::string_view authority) {
  if (auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (authority.starts_with('[')) {  // an IPv6 literal
    auto end = authority.find(']');
    return std::string(authority.substr(0, end == std::string_view::npos ? authority.size() : end + 1));
  }
  authority = authority.substr(0, authority.find(':'));
  std::string host;
  host.reserve(authority.size());
  for (char c : authority) host.push_back(lower(c));
  if (host.ends_with('.')) host.pop_back();
  return host;
}

std::string referrer_domain(std::string_view referer, std::string_view own_host,
                            std::string_view other_own_host) {
  if (referer.empty()) return {};
  if (referer.size() > kMaxReferer || !plain_ascii(referer)) return "other";
  std::string_view rest;
  if (contains_nocase(referer.substr(0, 8), "https://") && referer.size() >= 8) {
    rest = referer.substr(8);
  } else if (contains_nocase(referer.substr(0, 7), "http://") && referer.size() >= 7) {
    rest = referer.substr(7);
  } else {
    return "other";
  }
  auto end = rest.find_first_of("/?#");
  std::string host = host_without_port(rest.substr(0, end));
  if (host.empty() || host.size() > kMaxHost || host.starts_with('[')) return "other";
  // This site itself (also when addressed by its IP address): no referral.
  if (host == host_without_port(own_host) || (!other_own_host.empty() && host == host_without_port(other_own_host))) {
    return {};
  }
  bool digits_only = true;
  for (char c : host) {
    if (!host_char(c)) return "other";
    if (c != '.' && (c < '0' || c > '9')) digits_only = false;
  }
  // An address instead of a name (an intranet host, perhaps a person's own
  // machine) is not a site's domain: not kept.
  if (digits_only) return "other";
  if (host.starts_with("www.") && host.size() > 4) host.erase(0, 4);
  return host;
}

}  // namespace hanse::stats
