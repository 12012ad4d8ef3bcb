// The banner campaigns in force and their counts not yet written (P-11,
// promotions::BannerBook) of one App: made on first use and dropped, its
// counts written, when the App is destroyed (App::~App, web/app.cpp); and
// the untargeted banners' HTML, kept per App.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <shared_mutex>
#include <string>

#include "promotions/banners.h"
#include "web/app.h"

namespace hanse::web {

promotions::BannerBook& banner_book(App& app);

// An untargeted banner's HTML is the same for every viewer and a campaign
// never changes once stored: rendered once per campaign and kept (at most
// kMax campaigns; the site's name is the App's, hence one per App).
class KeptBannerHtml {
 public:
  static constexpr std::size_t kMax = 256;

  std::optional<std::string> find(std::int64_t campaign) const;
  void keep(std::int64_t campaign, const std::string& html);

 private:
  mutable std::shared_mutex m_mutex;
  std::map<std::int64_t, std::string> m_html;
};

}  // namespace hanse::web
