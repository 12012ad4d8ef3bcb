// GET /product/{id}/edit (M-3): the product form, filled in, for members of
// the product's company (403 for others).
#include "core/paths.h"
#include "market/product_store.h"
#include "web/handler.h"
#include "web/product_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response product_edit_show(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_product(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& product = *editable.listing;
  return render_product_form(app, page, product_form_from(product), {}, &product,
                             product.company_id, 200);
}

}  // namespace hanse::web
