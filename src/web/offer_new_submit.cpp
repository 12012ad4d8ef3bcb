// POST /offers/new (M-4): posts the offer for the member's company.
#include <functional>

#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/listing_helpers.h"
#include "web/offer_form.h"
#include "web/promotion_progress.h"
#include "web/public_marks.h"

namespace hanse::web {

Response offer_new_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  HANSE_TRY_PAGE(auto membership, require_company(app, request, page, 403));
  std::int64_t company_id = membership.company_id;
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = offer_form_from(posted);
  market::OfferInput input;
  auto errors = market::validate_offer(form, *app.categories, input);
  if (!errors.empty()) return render_offer_form(app, page, form, errors, nullptr, company_id, 422);
  auto created = market::create_offer(*app.db, page.member()->member.id, input, app.clock.now());
  if (!created) return error_response(app, request, created.error());
  record_promotion_progress(app, page.member()->member.id);
  return page.redirect(paths::offer(*created, input.title));
}

}  // namespace hanse::web
