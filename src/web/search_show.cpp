// GET /search?q=&category=&country=&kind=&page= (M-6): the search form and
// a page of results with the matched words highlighted. Whatever is typed
// gives this page with results or "no results"; filter values that make no
// sense are ignored rather than refused.
#include <cctype>
#include <map>

#include "http/form.h"
#include "market/listing_cards.h"
#include "market/public_view.h"
#include "market/search.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/listing_card.h"
#include "web/search_form.h"
#include "web/search_listing_links.h"

namespace hanse::web {

namespace {

constexpr int kMaxPage = market::kSearchCandidates / market::kSearchPageSize;

struct Filters {
  std::string q, category, country, kind;
  int page = 1;
};

Filters read_filters(const App& app, const http::Request& request) {
  Filters f;
  f.q = request.query("q").value_or("").substr(0, 2000);
  auto category = request.query("category").value_or("");
  if (app.categories && app.categories->find(category)) f.category = category;
  auto country = request.query("country").value_or("");
  if (country.size() == 2 && std::isalpha(static_cast<unsigned char>(country[0])) &&
      std::isalpha(static_cast<unsigned char>(country[1])))
    for (char c : country)
      f.country.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  auto kind = request.query("kind").value_or("");
  if (kind == "company" || kind == "product" || kind == "offer" || kind == "buy" || kind == "sell")
    f.kind = kind;
  f.page = parse_page_number(request.query("page"), kMaxPage);
  return f;
}

std::string page_link(const Filters& f, int page) {
  std::string out = "/search?q=" + http::percent_encode(f.q);
  if (!f.category.empty()) out += "&category=" + http::percent_encode(f.category);
  if (!f.country.empty()) out += "&country=" + f.country;
  if (!f.kind.empty()) out += "&kind=" + f.kind;
  return out + "&page=" + std::to_string(page);
}

}  // namespace

http::Response search_show(App& app, http::Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  const Filters f = read_filters(app, request);
  market::SearchRequest query{f.q, f.category, f.country, f.kind, f.page, app.clock.now()};
  struct Found {
    market::SearchResults results;
    std::map<market::CardKey, market::CardDetails> details;
  };
  auto loaded = public_read(app, !page.member(), [&](db::Connection& conn) -> Result<Found> {
    HANSE_TRY(auto results, market::search(conn, query));
    std::vector<market::CardKey> keys;
    for (const auto& hit : results.hits) keys.push_back({hit.kind, hit.id});
    HANSE_TRY(auto details, market::card_details(conn, keys));
    return Found{std::move(results), std::move(details)};
  });
  if (!loaded) return error_response(app, request, loaded.error());
  const auto* results = &loaded->results;
  const auto* details = &loaded->details;

  const std::string title = results->words.empty() ? "Search" : "Search: " + f.q.substr(0, 80);
  return page.render("search", title, [&](Dict& d) {
    add_search_form(app, d, {f.q, f.category, f.country, f.kind});
    if (results->words.empty()) {
      if (!f.q.empty()) d.ShowSection("NO_WORDS");
      return;
    }
    if (results->hits.empty()) {
      d.SetValue("QUERY", f.q);
      d.ShowSection(results->total == 0 ? "NO_RESULTS" : "PAST_END");
      return;
    }
    auto* found = d.AddSectionDictionary("RESULTS");
    found->SetValue("TOTAL", group_thousands(results->total) + (results->more ? "+" : ""));
    found->SetValue("NOUN", results->total == 1 && !results->more ? "result" : "results");
    for (const auto& hit : results->hits) {
      auto shown = market::public_hit_fields(*app.guard, hit.policy_version, hit.kind);
      if (!shown.title) continue;
      Card card = card_of_hit(hit, shown, listing_path(hit.kind, hit.id, hit.company_slug, hit.title));
      card.title = hit.title_segments;
      if (shown.body) card.snippet = hit.snippet_segments;
      card.details = public_details(app, *details, {hit.kind, hit.id}, hit.policy_version);
      add_card(app, *found, "HIT", card, query.now);
    }
    if (f.page > 1 || results->has_next) {
      auto* pager = found->AddSectionDictionary("PAGER");
      pager->SetIntValue("PAGE", f.page);
      if (f.page > 1)
        pager->AddSectionDictionary("PREVIOUS")->SetValue("HREF", page_link(f, f.page - 1));
      if (results->has_next)
        pager->AddSectionDictionary("NEXT")->SetValue("HREF", page_link(f, f.page + 1));
    }
  });
}

}  // namespace hanse::web
