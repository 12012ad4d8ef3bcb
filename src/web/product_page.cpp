// The public product page (M-3, P-12): its shared content, read and
// rendered once for every viewer, and the page around it.
#include "web/product_page.h"

#include "core/paths.h"
#include "core/words.h"
#include "market/product_store.h"
#include "market/public_view.h"
#include "market/thumbnails.h"
#include "web/listing_helpers.h"

namespace hanse::web {
namespace {

// The content fragment (templates/product_content.tpl).
std::string render_product_content(App& app, const market::PublicProduct& shown) {
  Dict d("product_content");
  d.SetValue("TITLE", shown.title);
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
  return app.views->fragment("product_content", d);
}

}  // namespace

std::optional<ProductPageView> kept_product_page(App& app, std::int64_t id, const std::string& path) {
  auto* cache = app.fragments.get();
  if (!cache) return std::nullopt;
  auto content = cache->find(path, SharedFragmentCache::Clock::now());
  if (!content) return std::nullopt;
  return ProductPageView{id, path, std::move(content)};
}

Result<std::optional<ProductPageView>> product_page_view(App& app, std::int64_t id) {
  auto* cache = app.fragments.get();
  // Taken before reading: a change that finishes meanwhile keeps this
  // rendering out of the cache.
  const std::uint64_t generation = cache ? cache->generation() : 0;
  struct Read {
    market::Product product;
    std::optional<market::ListingCompany> company;
  };
  HANSE_TRY(auto read, app.db->read([&](db::Connection& conn) -> Result<std::optional<Read>> {
    HANSE_TRY(auto product, market::find_product(conn, id));
    if (!product) return std::optional<Read>{};
    Read out{std::move(*product), std::nullopt};
    HANSE_TRY(out.company, market::listing_company(conn, out.product.company_id));
    return std::optional<Read>{std::move(out)};
  }));
  if (!read || !read->company) return std::optional<ProductPageView>{};
  const auto shown = market::public_product(read->product, *read->company, *app.guard);
  Fragment content{render_product_content(app, shown), shown.title, read->product.company_id};
  ProductPageView view{id, paths::product(id, read->product.fields.title),
                       std::make_shared<const Fragment>(std::move(content))};
  if (cache) cache->store(view.path, view.content, generation, SharedFragmentCache::Clock::now());
  return std::optional<ProductPageView>{std::move(view)};
}

Response render_product_page(App& app, Page& page, const ProductPageView& view) {
  auto can_edit = member_of_company(app, page, view.content->company_id);
  if (!can_edit) return error_response(app, page.request(), can_edit.error());
  // The view (shared with the cache) outlives the page's dictionary: no copy.
  return page.render("product_show", view.content->title, [&](Dict& d) {
    d.SetIntValue("ID", static_cast<long>(view.id));
    d.SetValueWithoutCopy("CONTENT", view.content->html);
    if (page.member()) d.ShowSection("CAN_INQUIRE");
    if (*can_edit) d.ShowSection("CAN_EDIT");
  });
}

}  // namespace hanse::web
