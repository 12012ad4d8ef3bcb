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
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page);
  if (company.page) return std::move(*company.page);
  market::OfferForm form;
  form.kind = "sell";
  form.currency = "EUR";
  form.valid_days = std::to_string(market::kDefaultOfferDays);
  return render_offer_form(app, page, form, {}, nullptr, company.membership->company_id, 200);
}

}  // namespace hanse::web
