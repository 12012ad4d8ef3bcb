// What statistics keep of a client (SPEC P-9): the browser's family and
// major version, the class of device, and the domain of another site that
// linked to the page. Never the user agent itself, never the address.
// Anything unexpected -- a user agent over 512 bytes, control characters,
// bytes outside ASCII (so invalid UTF-8 too), a referrer that is not an
// http(s) URL with a plain host name -- is classified as "other".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hanse::stats {

enum class BrowserFamily : std::uint8_t { other, chrome, firefox, safari, edge, opera, samsung, bot };
enum class Device : std::uint8_t { other, desktop, mobile, tablet, bot };

inline constexpr int kBrowserFamilies = 8;
inline constexpr int kDevices = 5;

struct ClientClass {
  BrowserFamily family = BrowserFamily::other;
  int major = 0;  // major version, 0 when unknown (at most 9999)
  Device device = Device::other;
};

ClientClass classify_user_agent(std::string_view user_agent);

// "Chrome 120", "Firefox", "Bot", "Other": the label statistics store.
std::string browser_label(BrowserFamily family, int major);
std::string_view device_label(Device device);  // "desktop", "mobile", ...

// The referring site's host name from a Referer header, lower-cased and
// without "www.": "" when there is none or it is this site (own_host,
// compared without port; the request's Host header or the configured
// base URL's host), "other" when it cannot be read as an http(s) URL.
std::string referrer_domain(std::string_view referer, std::string_view own_host,
                            std::string_view other_own_host = {});

// The host of a Host header or URL authority, lower-cased, without port.
std::string host_without_port(std::string_view authority);

}  // namespace hanse::stats
