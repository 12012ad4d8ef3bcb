// GET /offers/new (M-4): the form to post a buy or sell offer.
#include <functional>

#include "core/paths.h"
#include "market/offer_store.h"
#include "web/handler.h"
#include "web/listing_helpers.h"
#include "web/offer_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response offer_new_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  HANSE_TRY_PAGE(auto membership, require_company(app, request, page));
  market::OfferForm form;
  form.kind = "sell";
  form.currency = "EUR";
  form.valid_days = std::to_string(market::kDefaultOfferDays);
  return render_offer_form(app, page, form, {}, nullptr, membership.company_id, 200);
}

}  // namespace hanse::web
