// POST /product/{id}/edit (M-3): saves the product; photos are added or removed.
#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/product_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response product_edit_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto product, editable_product(app, request, page));
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = product_form_from(posted);
  market::ProductInput input;
  auto errors = market::validate_product(form, *app.categories, input);
  auto photos = photos_from(posted);
  auto remove = ids_from(posted.all("remove_photo"));
  if (!errors.empty())
    return render_product_form(app, page, form, errors, &product, product.company_id, 422);
  auto updated = market::update_product(*app.db, page.member()->member.id, product.id, input,
                                        remove, photos, app.clock.now());
  if (!updated) {
    if (updated.error().kind != ErrorKind::invalid_input)
      return error_response(app, request, updated.error());
    errors["photo"] = updated.error().message;
    return render_product_form(app, page, form, errors, &product, product.company_id, 422);
  }
  return page.redirect(paths::product(product.id, input.title));
}

}  // namespace hanse::web
