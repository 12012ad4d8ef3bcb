// GET/POST /offers/new and /offer/{id}/edit, POST /offer/{id}/renew,
// /withdraw and /delete: a company's members post and manage its buy and
// sell offers (M-4). Members of other companies get 403 and nothing changes.
#include "core/paths.h"
#include "market/offer_store.h"
#include "web/catalogue_handlers.h"
#include "web/public_marks.h"

namespace hanse::web {
namespace {

const FieldColumns kPublicFields = {
    {"kind", "offers.kind"},
    {"title", "offers.title"},
    {"description", "offers.description"},
    {"quantity", "offers.quantity"},
    {"unit", "offers.unit"},
    {"target_price", "offers.target_price_cents"},
    {"currency", "offers.currency"},
};

market::OfferForm form_from(const market::Offer& offer) {
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

market::OfferForm form_from(const http::Form& posted) {
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

Response render_form(App& app, Page& page, const market::OfferForm& form,
                     const market::ListingErrors& errors, const market::Offer* offer,
                     std::int64_t company_id, int status) {
  std::map<std::string, std::string> values = {
      {"title", form.title}, {"description", form.description}, {"quantity", form.quantity},
      {"unit", form.unit}, {"target_price", form.target_price}, {"valid_days", form.valid_days}};
  std::string heading = offer ? "Edit trade offer" : "Post a trade offer";
  int version = company_policy_version(app, company_id);
  return page.render("offer_form", heading, [&](Dict& d) {
    fill_form(d, values, errors);
    mark_public_fields(d, *app.guard, version, kPublicFields);
    d.SetValue("HEADING", heading);
    d.SetValue("ACTION", offer ? paths::offer_edit(offer->id) : "/offers/new");
    d.ShowSection(form.kind == "buy" ? "KIND_BUY" : "KIND_SELL");
    fill_category_options(app, d, form.category);
    fill_currency_options(d, form.currency.empty() ? "EUR" : form.currency);
    if (!offer) d.ShowSection("NEW");
    else d.SetValueAndShowSection("OFFER_PATH", paths::offer(offer->id, offer->fields.title), "CANCEL");
  }, status);
}

Editable<market::Offer> editable_offer(App& app, const Request& request, Page& page) {
  return editable_listing<market::Offer>(
      app, request, page, [](db::Connection& conn, std::int64_t id) { return market::find_offer(conn, id); },
      "Only members of the company that posted this offer can change it.");
}

// Runs change(conn, offer) for a member of the offer's company, then
// redirects to where.
template <class Change>
Response change_offer(App& app, Request& request, Change&& change, bool to_listings) {
  Page page(app, request);
  auto editable = editable_offer(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& offer = *editable.listing;
  auto changed = app.db->transaction([&](db::Connection& conn) -> Status { return change(conn, offer); });
  if (!changed) return error_response(app, request, changed.error());
  return page.redirect(to_listings ? "/company/listings" : paths::offer(offer.id, offer.fields.title));
}

}  // namespace

Response offer_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page);
  if (company.page) return std::move(*company.page);
  market::OfferForm form;
  form.kind = "sell";
  form.currency = "EUR";
  form.valid_days = std::to_string(market::kDefaultOfferDays);
  return render_form(app, page, form, {}, nullptr, company.membership->company_id, 200);
}

Response offer_new_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto company = require_company(app, request, page, 403);
  if (company.page) return std::move(*company.page);
  std::int64_t company_id = company.membership->company_id;
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = form_from(posted);
  market::OfferInput input;
  auto errors = market::validate_offer(form, *app.categories, input);
  if (!errors.empty()) return render_form(app, page, form, errors, nullptr, company_id, 422);
  std::int64_t member_id = page.member()->member.id;
  std::int64_t now = app.clock.now();
  auto created = app.db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    return market::create_offer(conn, company_id, member_id, input, now);
  });
  if (!created) return error_response(app, request, created.error());
  return page.redirect(paths::offer(*created, input.title));
}

Response offer_edit_show(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_offer(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& offer = *editable.listing;
  return render_form(app, page, form_from(offer), {}, &offer, offer.company_id, 200);
}

Response offer_edit_submit(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_offer(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& offer = *editable.listing;
  auto& posted = request.form();
  if (posted.error) return error_page(app, 400, &request);
  auto form = form_from(posted);
  form.valid_days = std::to_string(offer.fields.valid_days);  // the expiry is renewed, not edited
  market::OfferInput input;
  auto errors = market::validate_offer(form, *app.categories, input);
  if (!errors.empty()) return render_form(app, page, form, errors, &offer, offer.company_id, 422);
  auto updated = app.db->transaction([&](db::Connection& conn) -> Status {
    return market::update_offer(conn, offer.id, input);
  });
  if (!updated) return error_response(app, request, updated.error());
  return page.redirect(paths::offer(offer.id, input.title));
}

Response offer_renew(App& app, Request& request) {
  std::int64_t now = app.clock.now();
  return change_offer(app, request, [&](db::Connection& conn, const market::Offer& offer) {
    return market::renew_offer(conn, offer.id, now);
  }, false);
}

Response offer_withdraw(App& app, Request& request) {
  std::int64_t now = app.clock.now();
  return change_offer(app, request, [&](db::Connection& conn, const market::Offer& offer) {
    return market::withdraw_offer(conn, offer.id, now);
  }, false);
}

Response offer_delete(App& app, Request& request) {
  return change_offer(app, request, [&](db::Connection& conn, const market::Offer& offer) {
    return market::delete_offer(conn, offer.id);
  }, true);
}

}  // namespace hanse::web
