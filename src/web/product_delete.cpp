// POST /product/{id}/delete (M-3): the product is deleted.
#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/product_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response product_delete(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto listing, editable_product(app, request, page));
  auto deleted = market::delete_product(*app.db, page.member()->member.id, listing.id);
  if (!deleted) return error_response(app, request, deleted.error());
  return page.redirect("/company/listings");
}

}  // namespace hanse::web
