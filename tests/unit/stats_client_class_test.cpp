// The statistics' client classification (SPEC P-9): browser family and
// major version, device class and referrer domain from real-world headers,
// and "other" for anything hostile.
#include <gtest/gtest.h>

#include <string>

#include "stats/client_class.h"

namespace hanse::stats {
namespace {

struct UaCase {
  const char* user_agent;
  const char* browser;
  const char* device;
};

TEST(ClientClass, RealUserAgents) {
  const UaCase cases[] = {
      {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
       "Safari/537.36",
       "Chrome 120", "desktop"},
      {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
       "Safari/537.36 Edg/120.0.2210.91",
       "Edge 120", "desktop"},
      {"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox 121", "desktop"},
      {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Version/17.2 Mobile/15E148 Safari/604.1",
       "Safari 17", "mobile"},
      {"Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0 "
       "Mobile/15E148 Safari/604.1",
       "Chrome 119", "tablet"},
      {"Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
       "SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
       "Samsung Internet 23", "mobile"},
      {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 "
       "Safari/537.36 OPR/105.0.0.0",
       "Opera 105", "desktop"},
      {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Bot", "bot"},
      {"curl/7.88.1", "Other", "other"},
      {"", "Other", "other"},
  };
  for (const auto& c : cases) {
    auto client = classify_user_agent(c.user_agent);
    EXPECT_EQ(browser_label(client.family, client.major), c.browser) << c.user_agent;
    EXPECT_EQ(device_label(client.device), c.device) << c.user_agent;
  }
}

TEST(ClientClass, HostileUserAgentsAreOther) {
  const std::string chrome = "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0 Safari/537.36";
  const std::string hostile[] = {
      std::string(10 * 1024, 'A') + chrome,           // 10 KB
      chrome + std::string(1, '\n') + "injected",     // control character
      chrome + "\xC3\x28",                            // invalid UTF-8
      chrome + "\xE2\x82\xAC",                        // valid UTF-8, but not ASCII
  };
  for (const auto& ua : hostile) {
    auto client = classify_user_agent(ua);
    EXPECT_EQ(client.family, BrowserFamily::other);
    EXPECT_EQ(client.device, Device::other);
    EXPECT_EQ(client.major, 0);
  }
  // An absurd version is no version.
  auto client = classify_user_agent("Mozilla/5.0 (X11) Firefox/123456789");
  EXPECT_EQ(browser_label(client.family, client.major), "Firefox");
}

TEST(ClientClass, ReferrerDomains) {
  EXPECT_EQ(referrer_domain("", "hanse.example"), "");
  EXPECT_EQ(referrer_domain("https://www.Example.COM/some/page?q=secret#x", "hanse.example"), "example.com");
  EXPECT_EQ(referrer_domain("http://news.example.org:8080/a", "hanse.example"), "news.example.org");
  EXPECT_EQ(referrer_domain("https://user:pw@partner.example/x", "hanse.example"), "partner.example");
  // This site itself: not a referral, whatever port or case.
  EXPECT_EQ(referrer_domain("http://127.0.0.1:8080/company/1", "127.0.0.1:8080"), "");
  EXPECT_EQ(referrer_domain("https://HANSE.example/search?q=x", "other.host", "hanse.example"), "");
  // Addresses, other schemes and junk are "other", never the text itself.
  EXPECT_EQ(referrer_domain("http://192.168.1.20/intranet", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("http://[::1]:8080/", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("android-app://com.example", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("https://exa\x01mple.com/", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("https://ex\xC3\xA4mple.com/", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("https://" + std::string(10 * 1024, 'a') + ".com/", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("https://", "hanse.example"), "other");
  EXPECT_EQ(referrer_domain("https://exa_mple.com/", "hanse.example"), "other");
}

}  // namespace
}  // namespace hanse::stats
