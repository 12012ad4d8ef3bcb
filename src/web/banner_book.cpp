#include "web/banner_book.h"

#include <memory>
#include <mutex>

namespace hanse::web {

promotions::BannerBook& banner_book(App& app) {
  std::call_once(app.banners_made,
                 [&] { app.banners = std::make_unique<promotions::BannerBook>(*app.db, app.clock); });
  return *app.banners;
}

std::optional<std::string> KeptBannerHtml::find(std::int64_t campaign) const {
  std::shared_lock lock(m_mutex);
  auto found = m_html.find(campaign);
  if (found == m_html.end()) return std::nullopt;
  return found->second;
}

void KeptBannerHtml::keep(std::int64_t campaign, const std::string& html) {
  std::unique_lock lock(m_mutex);
  if (m_html.size() >= kMax) m_html.clear();
  m_html[campaign] = html;
}

}  // namespace hanse::web
