// GET /company/{id}-{slug}/products (M-3): a company's catalogue, 20 a page.
#include "core/paths.h"
#include "core/words.h"
#include "market/product_store.h"
#include "market/public_view.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/listing_card.h"
#include "web/listing_helpers.h"

namespace hanse::web {
namespace {

constexpr std::int64_t kPerPage = 20;

}  // namespace

Response company_products_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded)
    return error_response(app, request, loaded.error());
  auto ref = parse_path_ref(request.param("ref"));
  if (!ref) return error_page(app, 404, &request);
  std::int64_t page_number = 1;
  if (auto q = request.query("page")) {
    if (auto n = parse_path_ref(*q); n && n->slug.empty())
      page_number = std::min<std::int64_t>(n->id, 1'000'000);
  }
  struct Catalogue {
    std::optional<market::ListingCompany> company;
    market::ProductPage listed;
  };
  auto found = app.db->read([&](db::Connection& conn) -> Result<Catalogue> {
    Catalogue out;
    HANSE_TRY(out.company, market::listing_company(conn, ref->id));
    if (!out.company || ref->slug != out.company->slug) return out;
    HANSE_TRY(out.listed, market::company_products(conn, out.company->id, kPerPage,
                                                   (page_number - 1) * kPerPage));
    std::int64_t pages = std::max<std::int64_t>(1, (out.listed.total + kPerPage - 1) / kPerPage);
    if (page_number > pages && out.listed.total > 0) {
      // Past the end: the last page.
      page_number = pages;
      HANSE_TRY(out.listed, market::company_products(conn, out.company->id, kPerPage,
                                                     (page_number - 1) * kPerPage));
    }
    return out;
  });
  if (!found) return error_response(app, request, found.error());
  auto& company = found->company;
  if (!company) return error_page(app, 404, &request);
  std::string base = paths::company_products(company->id, company->slug);
  if (ref->slug != company->slug) {
    return Response::redirect(base, 301);
  }
  const auto& listed = found->listed;
  std::int64_t pages = std::max<std::int64_t>(1, (listed.total + kPerPage - 1) / kPerPage);
  auto link = market::public_company_link(*company, *app.guard);
  std::string name = link.name.value_or("Company " + std::to_string(company->id));
  std::string title = "Products of " + name;
  if (page_number > 1) title += " – page " + std::to_string(page_number);
  const std::int64_t now = app.clock.now();
  return page.render("product_catalogue", title, [&](Dict& d) {
    d.SetValue("COMPANY_NAME", name);
    d.SetValue("COMPANY_PATH", link.path);
    for (auto& listed_product : listed.products) {
      auto product = market::public_product(listed_product, *company, *app.guard);
      add_card(app, d, "PRODUCT", card_of_product(product), now);
    }
    if (listed.products.empty()) d.ShowSection("EMPTY");
    d.SetValue("TOTAL_TEXT", words::count(listed.total, "product", "products"));
    d.SetIntValue("PAGE", static_cast<long>(page_number));
    d.SetIntValue("PAGES", static_cast<long>(pages));
    if (pages > 1) d.ShowSection("PAGING");
    if (page_number > 1)
      d.SetValueAndShowSection("PREV", base + "?page=" + std::to_string(page_number - 1),
                               "HAS_PREV");
    if (page_number < pages)
      d.SetValueAndShowSection("NEXT", base + "?page=" + std::to_string(page_number + 1),
                               "HAS_NEXT");
  });
}

}  // namespace hanse::web
