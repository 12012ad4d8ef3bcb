// The public company page (M-1, P-12): what it lists, read in one go, and
// how it is rendered; company_show and company_preview both use it, so the
// preview cannot differ from what visitors see.
#include "web/company_page.h"
#include "core/paths.h"
#include "market/company.h"

namespace hanse::web {

namespace {

constexpr int kListedProducts = 6;
constexpr int kListedOffers = 6;

void fill_listings(Dict& d, const char* section, const std::vector<market::ListingLink>& links) {
  for (auto& link : links) {
    auto* row = d.AddSectionDictionary(section);
    row->SetValue("TITLE", link.title);
    row->SetValue("PATH", link.path);
  }
}

}  // namespace

Result<std::optional<CompanyPageContent>> load_company_page(App& app, std::int64_t company_id) {
  const std::int64_t now = app.clock.now();
  return app.db->read([&](db::Connection& conn) -> Result<std::optional<CompanyPageContent>> {
    HANSE_TRY(auto company, market::load_company(conn, company_id));
    if (!company) return std::optional<CompanyPageContent>{};
    CompanyPageContent content{std::move(*company), {}, {}, {}};
    HANSE_TRY(content.people, market::company_people(conn, company_id));
    HANSE_TRY(content.products, market::latest_products(conn, company_id, kListedProducts));
    HANSE_TRY(content.offers, market::active_offers(conn, company_id, now, kListedOffers));
    return std::optional<CompanyPageContent>{std::move(content)};
  });
}

Response render_company_page(App& app, Page& page, const CompanyPageContent& content,
                             bool preview) {
  const market::Company& c = content.company;
  const auto& people = content.people;
  const auto& products = content.products;
  const auto& offers = content.offers;
  auto& guard = *app.guard;
  auto shown = [&](const char* column) { return guard.is_public(c.policy_version, column); };
  bool name_shown = shown("companies.name");
  std::string title = name_shown ? c.name : "Company profile";
  return page.render("company_show", title, [&](Dict& d) {
    if (preview) d.ShowSection("PREVIEW");
    d.SetValue("TITLE", title);
    d.SetValue("COMPANY_PATH", c.path());
    if (c.logo_upload_id && shown("uploads.data")) {
      auto* logo = d.AddSectionDictionary("LOGO");
      logo->SetValue("UPLOAD_ID", std::to_string(*c.logo_upload_id));
      logo->SetValue("ALT", name_shown ? "Logo of " + c.name : "Company logo");
    }
    if (shown("companies.country") && !c.country.empty())
      d.AddSectionDictionary("COUNTRY")->SetValue("CODE", c.country);
    if (shown("companies.address") && !c.address.empty())
      d.AddSectionDictionary("ADDRESS")->SetValue("TEXT", c.address);
    if (shown("companies.year_founded") && c.year_founded)
      d.AddSectionDictionary("YEAR_FOUNDED")->SetValue("YEAR", std::to_string(*c.year_founded));
    if (shown("companies.website") && !c.website.empty())
      d.AddSectionDictionary("WEBSITE")->SetValue("URL", c.website);
    if (shown("companies.description") && !c.description.empty())
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
      }
    }
    bool any_person = false;
    for (auto& person : people) {
      if (person.public_name.empty() ||
          !guard.is_public(person.policy_version, "members.public_name"))
        continue;
      if (!any_person) d.ShowSection("PEOPLE");
      any_person = true;
      auto* row = d.AddSectionDictionary("PERSON");
      row->SetValue("PATH", paths::member(person.member_id));
      row->SetValue("NAME", person.public_name);
      if (!person.public_title.empty() &&
          guard.is_public(person.policy_version, "members.public_title"))
        row->AddSectionDictionary("JOB_TITLE")->SetValue("TEXT", person.public_title);
    }
    fill_listings(d, "PRODUCT", products);
    if (products.empty()) d.ShowSection("NO_PRODUCTS");
    fill_listings(d, "OFFER", offers);
    if (offers.empty()) d.ShowSection("NO_OFFERS");
  });
}

}  // namespace hanse::web
