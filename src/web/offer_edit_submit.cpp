// POST /offer/{id}/edit (M-4): saves the offer.
#include <functional>

#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/offer_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response offer_edit_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto offer, editable_offer(app, request, page));
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = offer_form_from(posted);
  form.valid_days = std::to_string(offer.fields.valid_days);  // the expiry is renewed, not edited
  market::OfferInput input;
  auto errors = market::validate_offer(form, *app.categories, input);
  if (!errors.empty())
    return render_offer_form(app, page, form, errors, &offer, offer.company_id, 422);
  auto updated = market::update_offer(*app.db, page.member()->member.id, offer.id, input);
  if (!updated) return error_response(app, request, updated.error());
  return page.redirect(paths::offer(offer.id, input.title));
}

}  // namespace hanse::web
