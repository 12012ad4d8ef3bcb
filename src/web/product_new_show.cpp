// GET /products/new (M-3): the form to add a product to the member's company.
#include "core/paths.h"
#include "market/product_store.h"
#include "web/handler.h"
#include "web/listing_helpers.h"
#include "web/product_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response product_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page);
  if (company.page) return std::move(*company.page);
  market::ProductForm form;
  form.currency = "EUR";
  return render_product_form(app, page, form, {}, nullptr, company.membership->company_id, 200);
}

}  // namespace hanse::web
