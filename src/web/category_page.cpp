// GET /categories, /category/{industry} and /category/{industry}/{sub}
// (M-5): the category directory with counts, and a category's companies,
// products or active offers, 20 a page. Counts come from category_counts
// and the capped active-offer count, listings from one index range, so the
// pages cost the same at a million companies as at ten.
#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "core/paths.h"
#include "core/words.h"
#include "market/category_counts.h"
#include "market/public_view.h"
#include "market/search_category_listings.h"
#include "promotions/featured.h"
#include "web/category_page.h"
#include "web/ids.h"
#include "web/listing_card.h"
#include "web/search_listing_links.h"
#include "web/shared_fragment_cache.h"

namespace hanse::web {

namespace {

constexpr int kMaxPage = 10000;

}  // namespace

void set_category_counts(Dict& d, const market::CategoryCount& count) {
  d.SetValue("COMPANIES", words::count(count.companies, "company", "companies"));
  d.SetValue("PRODUCTS", words::count(count.products, "product", "products"));
}

namespace {

// The page's content (templates/category_content.tpl), which is the same
// for every viewer: rendered at most once a second per category, kind and
// page number, and shared by all viewers, signed in or not
// (web/shared_fragment_cache.h); a change made through this server drops it
// at once.
Result<std::shared_ptr<const std::string>> category_content(App& app, const market::Category& category, market::ListingKind kind,
                                     int page_number) {
  auto* cache = app.fragments.get();
  const std::string here = paths::category(category.id);
  const std::string key = here + "?kind=" + market::to_string(kind) + "&page=" + std::to_string(page_number);
  if (cache)
    if (auto html = cache->find_html(key, SharedFragmentCache::Clock::now())) return html;
  const std::uint64_t generation = cache ? cache->generation() : 0;

  const auto now = app.clock.now();
  struct Content {
    std::map<std::string, market::CategoryCount> counts;
    std::int64_t offers = 0;
    market::CategoryListingPage listings;
    std::vector<market::CategoryListing> featured;  // page 1 only
    std::map<market::CardKey, market::CardDetails> details;
  };
  HANSE_TRY(auto read, app.db->read([&](db::Connection& conn) -> Result<Content> {
    Content out;
    if (!category.children.empty()) {
      HANSE_TRY(out.counts, market::category_counts_under(conn, category.id));
    } else {
      HANSE_TRY(out.counts[category.id], market::category_count(conn, category.id));
    }
    HANSE_TRY(out.offers, market::active_offer_count(conn, category.id, now));
    HANSE_TRY(out.listings, market::category_listings(conn, category.id, kind, page_number, now));
    if (page_number == 1) {
      HANSE_TRY(out.featured, promotions::featured_in_category(conn, *app.guard, category.id, kind, now));
    }
    std::vector<market::CardKey> keys;
    for (const auto& item : out.featured) keys.push_back({item.kind, item.id});
    for (const auto& item : out.listings.items) keys.push_back({item.kind, item.id});
    HANSE_TRY(out.details, market::card_details(conn, keys));
    return out;
  }));
  auto& counts = read.counts;
  const std::int64_t offers = read.offers;
  const auto& listings = read.listings;

  const auto path = app.categories->path(category.id);
  Dict d("category_content");
  d.SetValue("NAME", category.name);
  if (path.size() == 2) {
    auto* parent = d.AddSectionDictionary("PARENT");
    parent->SetValue("PARENT_NAME", path[0]->name);
    parent->SetValue("PARENT_HREF", paths::category(path[0]->id));
  }
  set_category_counts(d, counts[category.id]);
  d.SetValue("OFFERS", group_thousands(std::min(offers, market::kOfferCountCap)) +
                           (offers > market::kOfferCountCap ? "+" : "") +
                           (offers == 1 ? " active offer" : " active offers"));
  for (const auto& sub_id : category.children) {
    const auto* sub = app.categories->find(sub_id);
    if (!sub) continue;
    auto* row = d.AddSectionDictionary("SUB");
    row->SetValue("SUB_NAME", sub->name);
    row->SetValue("SUB_HREF", paths::category(sub->id));
    set_category_counts(*row, counts[sub->id]);
  }
  for (auto [k, label] : {std::pair{market::ListingKind::product, "Products"},
                          std::pair{market::ListingKind::company, "Companies"},
                          std::pair{market::ListingKind::offer, "Offers"}}) {
    auto* tab = d.AddSectionDictionary("TAB");
    tab->SetValue("LABEL", label);
    tab->SetValue("HREF", here + "?kind=" + market::to_string(k));
    if (k == kind)
      tab->ShowSection("CURRENT");
    else
      tab->ShowSection("OTHER");
  }
  d.SetValue("SHOWING", kind == market::ListingKind::company ? "Companies"
                        : kind == market::ListingKind::offer ? "Active offers"
                                                             : "Products");
  if (listings.items.empty()) d.ShowSection("EMPTY");
  auto add = [&](Dict& parent, const char* section, const market::CategoryListing& item) {
    auto shown = market::public_hit_fields(*app.guard, item.policy_version, item.kind);
    if (!shown.title) return;
    Card card = card_of_hit(item, shown, listing_path(item.kind, item.id, item.company_slug, item.title));
    card.details = public_details(app, read.details, {item.kind, item.id}, item.policy_version);
    add_card(app, parent, section, card, now);
  };
  // A promotion's reward (promotions/featured.h): first, and marked.
  if (!read.featured.empty()) {
    auto* featured = d.AddSectionDictionary("FEATURED");
    for (const auto& item : read.featured) add(*featured, "FEATURED_ITEM", item);
  }
  for (const auto& item : listings.items) add(d, "ITEM", item);
  if (page_number > 1 || listings.has_next) {
    auto* pager = d.AddSectionDictionary("PAGER");
    pager->SetIntValue("PAGE", page_number);
    auto link = [&](int n) { return here + "?kind=" + market::to_string(kind) + "&page=" + std::to_string(n); };
    if (page_number > 1) pager->AddSectionDictionary("PREVIOUS")->SetValue("HREF", link(page_number - 1));
    if (listings.has_next) pager->AddSectionDictionary("NEXT")->SetValue("HREF", link(page_number + 1));
  }
  std::string html = app.views->fragment("category_content", d);
  if (cache) return cache->store_html(key, std::move(html), generation, SharedFragmentCache::Clock::now());
  return std::make_shared<const std::string>(std::move(html));
}

}  // namespace

// One category's page: its counts, its sub-categories (for an industry),
// and a page of one kind of listing.
http::Response render_category_page(App& app, http::Request& request,
                                    const market::Category& category) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto kind_text = request.query("kind").value_or("product");
  market::ListingKind kind = kind_text == "company" ? market::ListingKind::company
                             : kind_text == "offer" ? market::ListingKind::offer
                                                    : market::ListingKind::product;
  const int page_number = parse_page_number(request.query("page"), kMaxPage);
  auto content = category_content(app, category, kind, page_number);
  if (!content) return error_response(app, request, content.error());
  // content (shared with the cache) outlives the page's dictionary: no copy of the 15 KB.
  return page.render("category", category.name,
                     [&](Dict& d) { d.SetValueWithoutCopy("CONTENT", **content); });
}

}  // namespace hanse::web
