// POST /products/new (M-3): adds the product, with its photos.
#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/listing_helpers.h"
#include "web/product_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response product_new_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  HANSE_TRY_PAGE(auto membership, require_company(app, request, page, 403));
  std::int64_t company_id = membership.company_id;
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = product_form_from(posted);
  market::ProductInput input;
  auto errors = market::validate_product(form, *app.categories, input);
  auto photos = photos_from(posted);
  if (auto problem = market::check_photo_count(photos.size()); !problem.empty())
    errors["photo"] = problem;
  if (!errors.empty())
    return render_product_form(app, page, form, errors, nullptr, company_id, 422);
  auto created =
      market::create_product(*app.db, page.member()->member.id, input, photos, app.clock.now());
  if (!created) {
    if (created.error().kind != ErrorKind::invalid_input)
      return error_response(app, request, created.error());
    errors["photo"] = created.error().message;
    return render_product_form(app, page, form, errors, nullptr, company_id, 422);
  }
  return page.redirect(paths::product(*created, input.title));
}

}  // namespace hanse::web
