// The public company page (M-1, P-12): what it lists, read in one go, and
// how it is rendered; company_show and company_preview both use it, so the
// preview cannot differ from what visitors see.
#include "web/company_page.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/public_view.h"
#include "web/listing_card.h"
#include "web/shared_fragment_cache.h"

namespace hanse::web {

namespace {

constexpr int kListedProducts = 6;
constexpr int kListedOffers = 6;

// The listings as cards of this company.
void fill_listings(App& app, Dict& d, const char* section, market::ListingKind kind,
                   const std::vector<market::ListingLink>& links, const CompanyPageContent& content,
                   const market::PublicCompany& company) {
  const std::int64_t now = app.clock.now();
  for (const auto& link : links) {
    Card card;
    card.kind = kind;
    card.href = link.path;
    card.title = {{link.title, false}};
    card.company_name = company.name;
    card.company_href = company.path;
    card.country = company.country;
    card.details = public_details(app, content.details, {kind, link.id}, content.company.policy_version);
    add_card(app, d, section, card, now);
  }
}

}  // namespace

Result<std::optional<CompanyPageContent>> load_company_page(App& app, std::int64_t company_id) {
  const std::int64_t now = app.clock.now();
  return app.db->read([&](db::Connection& conn) -> Result<std::optional<CompanyPageContent>> {
    HANSE_TRY(auto company, market::load_company(conn, company_id));
    if (!company) return std::optional<CompanyPageContent>{};
    CompanyPageContent content{std::move(*company), {}, {}, {}, {}};
    HANSE_TRY(content.people, market::company_people(conn, company_id));
    // The listings with their cards' details: one statement per kind.
    HANSE_TRY(content.products, market::latest_products(conn, company_id, kListedProducts, &content.details));
    HANSE_TRY(content.offers, market::active_offers(conn, company_id, now, kListedOffers, &content.details));
    return std::optional<CompanyPageContent>{std::move(content)};
  });
}

namespace {

// The content fragment (templates/company_content.tpl) and the title.
std::pair<std::string, std::string> render_company_content(App& app, const CompanyPageContent& content) {
  auto c = market::public_company(content.company, *app.guard);
  const auto& products = content.products;
  const auto& offers = content.offers;
  std::string title = c.name.value_or("Company profile");
  Dict d("company_content");
  d.SetValue("TITLE", title);
  d.SetValue("COMPANY_PATH", c.path);
  if (c.logo_upload_id) {
    auto* logo = d.AddSectionDictionary("LOGO");
    logo->SetValue("UPLOAD_ID", std::to_string(*c.logo_upload_id));
    logo->SetValue("ALT", c.name ? "Logo of " + *c.name : "Company logo");
  }
  if (!c.country.empty()) d.AddSectionDictionary("COUNTRY")->SetValue("CODE", c.country);
  if (!c.address.empty()) d.AddSectionDictionary("ADDRESS")->SetValue("TEXT", c.address);
  if (c.year_founded)
    d.AddSectionDictionary("YEAR_FOUNDED")->SetValue("YEAR", std::to_string(*c.year_founded));
  if (!c.website.empty()) d.AddSectionDictionary("WEBSITE")->SetValue("URL", c.website);
  if (!c.description.empty())
    d.AddSectionDictionary("DESCRIPTION")->SetValue("TEXT", c.description);
  // Industries are directory categories, not personal data.
  if (!c.industries.empty()) {
    auto* list = d.AddSectionDictionary("INDUSTRIES");
    for (auto& id : c.industries) {
      std::string name;
      for (auto* step : app.categories->path(id))
        name += (name.empty() ? "" : " › ") + step->name;
      auto* item = list->AddSectionDictionary("INDUSTRY");
      item->SetValue("PATH", paths::category(id));
      item->SetValue("NAME", name.empty() ? id : name);
      if (id == c.industries.front()) {
        auto* crumb = d.AddSectionDictionary("FIRST_INDUSTRY");
        crumb->SetValue("PATH", paths::category(id));
        crumb->SetValue("NAME", name.empty() ? id : name);
      }
    }
  }
  bool any_person = false;
  for (auto& listed : content.people) {
    auto person = market::public_person(listed, *app.guard);
    if (!person.name) continue;
    if (!any_person) d.ShowSection("PEOPLE");
    any_person = true;
    auto* row = d.AddSectionDictionary("PERSON");
    row->SetValue("PATH", person.path);
    row->SetValue("NAME", *person.name);
    if (!person.title.empty())
      row->AddSectionDictionary("JOB_TITLE")->SetValue("TEXT", person.title);
  }
  fill_listings(app, d, "PRODUCT", market::ListingKind::product, products, content, c);
  if (products.empty()) d.ShowSection("NO_PRODUCTS");
  fill_listings(app, d, "OFFER", market::ListingKind::offer, offers, content, c);
  if (offers.empty()) d.ShowSection("NO_OFFERS");
  return {app.views->fragment("company_content", d), std::move(title)};
}

}  // namespace

std::optional<CompanyPageView> kept_company_page(App& app, const std::string& path) {
  auto* cache = app.fragments.get();
  if (!cache) return std::nullopt;
  auto content = cache->find(path, SharedFragmentCache::Clock::now());
  if (!content) return std::nullopt;
  return CompanyPageView{path, std::move(content)};
}

Result<std::optional<CompanyPageView>> company_page_view(App& app, std::int64_t company_id) {
  auto* cache = app.fragments.get();
  // Taken before reading: a change that finishes meanwhile keeps this
  // rendering out of the cache.
  const std::uint64_t generation = cache ? cache->generation() : 0;
  HANSE_TRY(auto content, load_company_page(app, company_id));
  if (!content) return std::optional<CompanyPageView>{};
  auto [html, title] = render_company_content(app, *content);
  CompanyPageView view{content->company.path(),
                       std::make_shared<const Fragment>(Fragment{std::move(html), std::move(title), company_id})};
  if (cache) cache->store(view.path, view.content, generation, SharedFragmentCache::Clock::now());
  return std::optional<CompanyPageView>{std::move(view)};
}

Response render_company_page(Page& page, const CompanyPageView& view, bool preview) {
  // The view (shared with the cache) outlives the page's dictionary: no copy.
  return page.render("company_show", view.content->title, [&](Dict& d) {
    if (preview) d.ShowSection("PREVIEW");
    d.SetValueWithoutCopy("CONTENT", view.content->html);
  });
}

}  // namespace hanse::web
