// GET / (issue 12): the home page, where a visit starts a search: the
// search form with its filters, the industries with their counts, the
// newest buy and sell offers and recently updated products as cards, and
// the calls to register or sign in. Cached for visitors like the other
// public pages (web/routes.cpp), and its content shared by every viewer
// for a second (home_content below).
#include <map>
#include <memory>

#include "core/paths.h"
#include "market/category_counts.h"
#include "market/home_listings.h"
#include "market/public_view.h"
#include "web/arranged.h"
#include "web/category_page.h"
#include "web/handler.h"
#include "web/listing_card.h"
#include "web/search_form.h"
#include "web/search_listing_links.h"
#include "web/shared_fragment_cache.h"

namespace hanse::web {

namespace {

constexpr int kOffersEach = 4;
constexpr int kProducts = 8;

struct HomeContent {
  std::map<std::string, market::CategoryCount> counts;
  std::vector<market::CategoryListing> buy, sell, products;
  std::map<market::CardKey, market::CardDetails> details;
};

Result<HomeContent> load_home(db::Connection& conn, const std::vector<std::string>& industries, std::int64_t now) {
  HomeContent out;
  HANSE_TRY(out.counts, market::category_counts_of(conn, industries));
  HANSE_TRY(out.buy, market::newest_offers(conn, "buy", now, kOffersEach));
  HANSE_TRY(out.sell, market::newest_offers(conn, "sell", now, kOffersEach));
  HANSE_TRY(out.products, market::recently_updated_products(conn, kProducts));
  std::vector<market::CardKey> keys;
  for (const auto* list : {&out.buy, &out.sell, &out.products})
    for (const auto& item : *list) keys.push_back({item.kind, item.id});
  HANSE_TRY(out.details, market::card_details(conn, keys));
  return out;
}

// The home page's content, which is the same for every viewer but for the
// calls to register or sign in: rendered (templates/home_content.tpl) at
// most once a second for visitors and once for members, and shared by all
// of them, signed in or not (web/shared_fragment_cache.h). A change made
// through this server drops it at once.
// first: the industries to list first for a member who has pages arranged
// for them (web/arranged.h); their rendering is kept under its own key.
Result<std::shared_ptr<const std::string>> home_content(App& app, bool signed_in, const std::vector<std::string>& first) {
  auto* cache = app.fragments.get();
  std::string key = signed_in ? "home/member" : "home/visitor";
  for (const auto& id : first) key += "/" + id;
  if (cache)
    if (auto html = cache->find_html(key, SharedFragmentCache::Clock::now())) return html;
  const std::uint64_t generation = cache ? cache->generation() : 0;
  const std::int64_t now = app.clock.now();
  std::vector<std::string> industries;
  if (app.categories)
    for (const auto* industry : app.categories->industries()) industries.push_back(industry->id);
  HANSE_TRY(auto content, public_read(app, !signed_in, [&](db::Connection& conn) { return load_home(conn, industries, now); }));
  Dict d("home_content");
  d.SetValue("SITE_NAME", app.config.site.name);
  SearchFormValues form;
  form.industries_only = true;
  add_search_form(app, d, form);
  if (app.categories) {
    show_arranged(app, d, first);
    for (const auto* industry : industries_in_order(*app.categories, first)) {
      auto* row = d.AddSectionDictionary("INDUSTRY");
      row->SetValue("NAME", industry->name);
      row->SetValue("HREF", paths::category(industry->id));
      set_category_counts(*row, content.counts[industry->id]);
    }
  }
  auto add_cards = [&](const char* section, const std::vector<market::CategoryListing>& items) {
    if (items.empty()) d.ShowSection(std::string("NO_") + section);
    for (const auto& item : items) {
      auto shown = market::public_hit_fields(*app.guard, item.policy_version, item.kind);
      if (!shown.title) continue;
      Card card = card_of_hit(item, shown, listing_path(item.kind, item.id, item.company_slug, item.title));
      card.details = public_details(app, content.details, {item.kind, item.id}, item.policy_version);
      add_card(app, d, section, card, now);
    }
  };
  add_cards("SELL", content.sell);
  add_cards("BUY", content.buy);
  add_cards("PRODUCT", content.products);
  if (!signed_in) d.ShowSection("SIGNED_OUT");
  std::string html = app.views->fragment("home_content", d);
  if (cache) return cache->store_html(key, std::move(html), generation, SharedFragmentCache::Clock::now());
  return std::make_shared<const std::string>(std::move(html));
}

}  // namespace

Response home_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto content = home_content(app, page.member() != nullptr, arranged_industries(app, page.member()));
  if (!content) return error_response(app, request, content.error());
  // content (shared with the cache) outlives the page's dictionary: no copy of the 20 KB.
  return page.render("home", app.config.site.name + " — trade between companies",
                     [&](Dict& d) { d.SetValueWithoutCopy("CONTENT", **content); });
}

}  // namespace hanse::web
