// GET /search?q=&category=&country=&kind=&page= (M-6): the search form and
// a page of results with the matched words highlighted. Whatever is typed
// gives this page with results or "no results"; filter values that make no
// sense are ignored rather than refused.
#include <cctype>

#include "http/form.h"
#include "market/public_view.h"
#include "market/search.h"
#include "web/handler.h"
#include "web/ids.h"
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

void add_segments(Dict& parent, const char* section,
                  const std::vector<market::TextSegment>& segments) {
  for (const auto& s : segments) {
    auto* part = parent.AddSectionDictionary(section);
    part->SetValue("TEXT", s.text);
    part->ShowSection(s.highlighted ? "MARK" : "PLAIN");
  }
}

const char* kind_label(const market::SearchHit& hit, const market::PublicHitFields& shown) {
  switch (hit.kind) {
    case market::ListingKind::company:
      return "Company";
    case market::ListingKind::product:
      return "Product";
    case market::ListingKind::offer:
      if (!shown.offer_kind) return "Offer";
      return hit.offer_kind == "buy" ? "Buy offer" : "Sell offer";
  }
  return "";
}

void fill_form_fields(const App& app, Dict& d, const Filters& f) {
  d.SetValue("Q", f.q);
  d.SetValue("COUNTRY", f.country);
  for (const char* kind : {"company", "product", "offer", "buy", "sell"})
    if (f.kind == kind) d.ShowSection(std::string("KIND_") + kind);
  if (!app.categories) return;
  for (const auto* industry : app.categories->industries()) {
    auto* group = d.AddSectionDictionary("INDUSTRY");
    group->SetValue("ID", industry->id);
    group->SetValue("NAME", industry->name);
    if (f.category == industry->id) group->ShowSection("SELECTED");
    for (const auto& sub_id : industry->children) {
      const auto* sub = app.categories->find(sub_id);
      if (!sub) continue;
      auto* option = group->AddSectionDictionary("SUB");
      option->SetValue("ID", sub->id);
      option->SetValue("NAME", sub->name);
      if (f.category == sub->id) option->ShowSection("SELECTED");
    }
  }
}

}  // namespace

http::Response search_show(App& app, http::Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  const Filters f = read_filters(app, request);
  market::SearchRequest query{f.q, f.category, f.country, f.kind, f.page, app.clock.now()};
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto results = market::search(**lease, query);
  if (!results) return error_response(app, request, results.error());

  const std::string title = results->words.empty() ? "Search" : "Search: " + f.q.substr(0, 80);
  return page.render("search", title, [&](Dict& d) {
    fill_form_fields(app, d, f);
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
      auto* row = found->AddSectionDictionary("HIT");
      row->SetValue("KIND", kind_label(hit, shown));
      row->SetValue("HREF", listing_path(hit.kind, hit.id, hit.company_slug, hit.title));
      add_segments(*row, "TITLE_PART", hit.title_segments);
      if (shown.body && !hit.snippet_segments.empty()) {
        auto* snippet = row->AddSectionDictionary("SNIPPET");
        add_segments(*snippet, "SNIPPET_PART", hit.snippet_segments);
      }
      if (hit.kind != market::ListingKind::company && shown.company_name) {
        auto* company = row->AddSectionDictionary("COMPANY");
        company->SetValue("COMPANY_NAME", hit.company_name);
        company->SetValue("COMPANY_HREF", listing_path(market::ListingKind::company, hit.company_id,
                                                       hit.company_slug, hit.company_name));
      }
      if (!hit.country.empty() && shown.country)
        row->AddSectionDictionary("COUNTRY_OF")->SetValue("CODE", hit.country);
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
