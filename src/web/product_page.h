// The public product page (M-3, P-12; web/product_show.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "web/handler.h"
#include "web/shared_fragment_cache.h"

namespace hanse::web {

// The product page's content as every viewer sees it (each field only when
// the company's policy version makes it public; templates/product_content.tpl),
// its title and the product's company. The same for every viewer, signed in
// or not, so it is rendered at most once a second per product and shared
// (web/shared_fragment_cache.h, under the product's own path); a change made
// through this server drops it at once. Only the inquiry button and the
// company members' edit controls belong to the viewer.
struct ProductPageView {
  std::int64_t id = 0;
  std::string path;  // the product's own path
  std::shared_ptr<const Fragment> content;
};

// The view kept under this path, if a fresh one is kept (only a product's
// own path is ever kept, so a hit needs no redirect).
std::optional<ProductPageView> kept_product_page(App& app, std::int64_t id, const std::string& path);

// The view of the product with this id, read, rendered and kept; nullopt
// when there is no such product or its company is gone.
Result<std::optional<ProductPageView>> product_page_view(App& app, std::int64_t id);

// The page around a view, for the page's viewer.
Response render_product_page(App& app, Page& page, const ProductPageView& view);

}  // namespace hanse::web
