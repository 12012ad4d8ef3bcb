// GET /company/listings: the signed-in member's company's products and
// offers, including expired and withdrawn offers, with their controls.
#include "core/paths.h"
#include "market/offer_store.h"
#include "market/product_store.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/listing_helpers.h"

namespace hanse::web {

Response company_listings_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page);
  if (company.page) return std::move(*company.page);
  std::int64_t company_id = company.membership->company_id;
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto products = market::company_products(**lease, company_id, 1000, 0);
  if (!products) return error_response(app, request, products.error());
  auto offers = market::company_offers(**lease, company_id);
  if (!offers) return error_response(app, request, offers.error());
  auto info = market::listing_company(**lease, company_id);
  if (!info) return error_response(app, request, info.error());
  std::int64_t now = app.clock.now();
  return page.render("listings", "Your listings", [&](Dict& d) {
    if (*info)
      d.SetValueAndShowSection("CATALOGUE_PATH",
                               paths::company_products((*info)->id, (*info)->slug),
                               "HAS_CATALOGUE");
    for (auto& product : products->products) {
      auto* item = d.AddSectionDictionary("PRODUCT");
      item->SetIntValue("ID", static_cast<long>(product.id));
      item->SetValue("PATH", paths::product(product.id, product.fields.title));
      item->SetValue("TITLE", product.fields.title);
      item->SetValue("CATEGORY", category_name(app, product.fields.category_id));
    }
    if (products->products.empty()) d.ShowSection("NO_PRODUCTS");
    for (auto& offer : *offers) {
      auto* item = d.AddSectionDictionary("OFFER");
      item->SetIntValue("ID", static_cast<long>(offer.id));
      item->SetValue("PATH", paths::offer(offer.id, offer.fields.title));
      item->SetValue("TITLE", offer.fields.title);
      item->SetValue("KIND", offer.fields.kind == "buy" ? "Buy" : "Sell");
      if (offer.withdrawn()) item->ShowSection("WITHDRAWN");
      else if (offer.expired(now)) item->SetValueAndShowSection("EXPIRED_ON", format_time(offer.expires_at), "EXPIRED");
      else item->SetValueAndShowSection("EXPIRES", format_time(offer.expires_at), "ACTIVE");
      if (!offer.withdrawn()) item->ShowSection("CAN_WITHDRAW");
    }
    if (offers->empty()) d.ShowSection("NO_OFFERS");
  });
}

}  // namespace hanse::web
