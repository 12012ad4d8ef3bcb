// POST /product/{id}/delete (M-3): the product is deleted.
#include "core/paths.h"
#include "market/product_store.h"
#include "web/handler.h"
#include "web/product_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response product_delete(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_product(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto id = editable.listing->id;
  auto deleted = app.db->transaction(
      [&](db::Connection& conn) -> Status { return market::delete_product(conn, id); });
  if (!deleted) return error_response(app, request, deleted.error());
  return page.redirect("/company/listings");
}

}  // namespace hanse::web
