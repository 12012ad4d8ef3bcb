// The offer form (M-4) and the rights check its actions share: members of
// other companies get 403 and nothing changes.
#include <functional>

#include "core/paths.h"
#include "market/offer_store.h"
#include "market/public_view.h"
#include "web/listing_helpers.h"
#include "web/offer_form.h"
#include "web/public_marks.h"

namespace hanse::web {

market::OfferForm offer_form_from(const market::Offer& offer) {
  auto& f = offer.fields;
  market::OfferForm form;
  form.kind = f.kind;
  form.title = f.title;
  form.category = f.category_id;
  form.description = f.description;
  if (f.quantity) form.quantity = std::to_string(*f.quantity);
  form.unit = f.unit;
  if (f.target_price_cents) form.target_price = market::format_cents(*f.target_price_cents);
  form.currency = f.currency;
  form.valid_days = std::to_string(f.valid_days);
  return form;
}

market::OfferForm offer_form_from(const http::Form& posted) {
  market::OfferForm form;
  form.kind = posted.get("kind");
  form.title = posted.get("title");
  form.category = posted.get("category");
  form.description = posted.get("description");
  form.quantity = posted.get("quantity");
  form.unit = posted.get("unit");
  form.target_price = posted.get("target_price");
  form.currency = posted.get("currency");
  form.valid_days = posted.get("valid_days");
  return form;
}

Response render_offer_form(App& app, Page& page, const market::OfferForm& form,
                           const market::ListingErrors& errors, const market::Offer* offer,
                           std::int64_t company_id, int status) {
  std::map<std::string, std::string> values = {
      {"title", form.title}, {"description", form.description},   {"quantity", form.quantity},
      {"unit", form.unit},   {"target_price", form.target_price}, {"valid_days", form.valid_days}};
  std::string heading = offer ? "Edit trade offer" : "Post a trade offer";
  int version = company_policy_version(app, company_id);
  return page.render(
      "offer_form", heading,
      [&](Dict& d) {
        fill_form(d, values, errors);
        mark_public_fields(
            d, market::public_form_fields(*app.guard, version, market::PublicForm::offer));
        d.SetValue("HEADING", heading);
        d.SetValue("ACTION", offer ? paths::offer_edit(offer->id) : "/offers/new");
        d.ShowSection(form.kind == "buy" ? "KIND_BUY" : "KIND_SELL");
        fill_category_options(app, d, form.category);
        fill_currency_options(d, form.currency.empty() ? "EUR" : form.currency);
        if (!offer)
          d.ShowSection("NEW");
        else
          d.SetValueAndShowSection("OFFER_PATH", paths::offer(offer->id, offer->fields.title),
                                   "CANCEL");
      },
      status);
}

OrResponse<market::Offer> editable_offer(App& app, const Request& request, Page& page) {
  return editable_listing<market::Offer>(app, request, page, market::editable_offer);
}

Response change_offer(App& app, Request& request,
                      const std::function<Status(std::int64_t actor, const market::Offer&)>& change,
                      bool to_listings) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto offer, editable_offer(app, request, page));
  if (auto changed = change(page.member()->member.id, offer); !changed)
    return error_response(app, request, changed.error());
  return page.redirect(to_listings ? "/company/listings"
                                   : paths::offer(offer.id, offer.fields.title));
}

}  // namespace hanse::web
