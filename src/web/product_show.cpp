// GET /product/{id}-{slug} (M-3): a product's public page; each field is
// shown only when the company's policy version makes it public (P-12).
#include "core/paths.h"
#include "core/words.h"
#include "market/membership.h"
#include "market/product_store.h"
#include "market/public_view.h"
#include "market/thumbnails.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/listing_helpers.h"

namespace hanse::web {
namespace {

// What the product page shows, read in one Database::read. company stays
// unset when the slug is wrong (the page redirects) or the company is gone.
struct ProductView {
  market::Product product;
  std::optional<market::ListingCompany> company;
  bool is_member = false;  // the signed-in member belongs to its company
};

}  // namespace

Response product_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded)
    return error_response(app, request, loaded.error());
  auto ref = parse_path_ref(request.param("ref"));
  if (!ref) return error_page(app, 404, &request);
  auto found = public_read(app, !page.member(), [&](db::Connection& conn) -> Result<std::optional<ProductView>> {
    HANSE_TRY(auto product, market::find_product(conn, ref->id));
    if (!product) return std::optional<ProductView>{};
    ProductView view{std::move(*product), std::nullopt, false};
    if (ref->slug != view.product.slug()) return std::optional<ProductView>{std::move(view)};
    HANSE_TRY(view.company, market::listing_company(conn, view.product.company_id));
    if (view.company && page.member()) {
      HANSE_TRY(view.is_member,
                market::is_member_of(conn, page.member()->member.id, view.product.company_id));
    }
    return std::optional<ProductView>{std::move(view)};
  });
  if (!found) return error_response(app, request, found.error());
  if (!*found) return error_page(app, 404, &request);
  auto& product = (*found)->product;
  std::string canonical = paths::product(product.id, product.fields.title);
  if (ref->slug != product.slug()) {
    http::Response moved;
    moved.status = 301;
    moved.set_header("Location", canonical);
    return moved;
  }
  auto& company = (*found)->company;
  if (!company) return error_page(app, 404, &request);
  const bool is_member = (*found)->is_member;
  auto shown = market::public_product(product, *company, *app.guard);
  return page.render("product_show", shown.title, [&](Dict& d) {
    d.SetValue("TITLE", shown.title);
    d.SetIntValue("ID", static_cast<long>(shown.id));
    fill_category_path(app, d, shown.category_id);
    int n = 0;
    for (auto id : shown.photo_upload_ids) {
      auto* photo = d.AddSectionDictionary("PHOTO");
      photo->SetValue("UPLOAD_ID", std::to_string(id));
      photo->SetValue("SRC", market::thumbnail_path(id, market::ThumbnailSize::large));
      photo->SetIntValue("WIDTH", market::thumbnail_width(market::ThumbnailSize::large));
      photo->SetIntValue("HEIGHT", market::thumbnail_height(market::ThumbnailSize::large));
      photo->SetIntValue("N", ++n);
    }
    if (n > 0) d.ShowSection("PHOTOS");
    fill_paragraphs(d, "PARAGRAPH", shown.description);
    if (!shown.specifications.empty()) {
      auto* table = d.AddSectionDictionary("SPECIFICATIONS");
      for (auto& [name, value] : shown.specifications) {
        auto* row = table->AddSectionDictionary("SPEC");
        row->SetValue("NAME", name);
        row->SetValue("VALUE", value);
      }
    }
    if (shown.min_order_quantity) {
      d.SetValueAndShowSection("MIN_ORDER", words::quantity(*shown.min_order_quantity, shown.min_order_unit),
                               "HAS_MIN_ORDER");
    }
    auto range = price_range(shown.price_min_cents, shown.price_max_cents, shown.currency);
    if (!range.empty()) d.SetValueAndShowSection("PRICE", range, "HAS_PRICE");
    fill_company_link(d, shown.company);
    if (page.member()) d.ShowSection("CAN_INQUIRE");
    if (is_member) d.ShowSection("CAN_EDIT");
  });
}

}  // namespace hanse::web
