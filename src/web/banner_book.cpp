#include "web/banner_book.h"

#include "web/banner_slot.h"

#include <map>
#include <memory>
#include <mutex>

namespace hanse::web {

namespace {

std::mutex g_mutex;
std::map<const App*, std::unique_ptr<promotions::BannerBook>>& books() {
  static auto* all = new std::map<const App*, std::unique_ptr<promotions::BannerBook>>;  // never destroyed
  return *all;
}

}  // namespace

promotions::BannerBook& banner_book(App& app) {
  std::lock_guard lock(g_mutex);
  auto& book = books()[&app];
  if (!book) book = std::make_unique<promotions::BannerBook>(*app.db, app.clock);
  return *book;
}

void drop_banner_book(const App& app) {
  forget_banner_html(app);
  std::unique_ptr<promotions::BannerBook> book;
  {
    std::lock_guard lock(g_mutex);
    auto found = books().find(&app);
    if (found == books().end()) return;
    book = std::move(found->second);
    books().erase(found);
  }
  // ~BannerBook writes the counts.
}

}  // namespace hanse::web
