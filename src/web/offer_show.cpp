// GET /offer/{id}-{slug} (M-4): a trade offer's page. Active offers are
// public; an expired or withdrawn offer is 404 for everyone but its
// company's members, who see a notice and can renew it.
#include "core/paths.h"
#include "market/membership.h"
#include "market/offer_store.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/listing_helpers.h"

namespace hanse::web {

Response offer_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded) return error_response(app, request, loaded.error());
  auto ref = parse_path_ref(request.param("ref"));
  if (!ref) return error_page(app, 404, &request);
  const std::int64_t now = app.clock.now();
  // Read in one Database::read; company stays unset when the page is 404
  // or a redirect.
  struct OfferView {
    market::Offer offer;
    bool is_member = false;  // the signed-in member belongs to its company
    std::optional<market::ListingCompany> company;
  };
  auto found = app.db->read([&](db::Connection& conn) -> Result<std::optional<OfferView>> {
    HANSE_TRY(auto offer, market::find_offer(conn, ref->id));
    if (!offer) return std::optional<OfferView>{};
    OfferView view{std::move(*offer), false, std::nullopt};
    if (page.member()) {
      HANSE_TRY(view.is_member, market::is_member_of(conn, page.member()->member.id, view.offer.company_id));
    }
    if (!view.offer.active(now) && !view.is_member) return std::optional<OfferView>{std::move(view)};
    if (ref->slug != view.offer.slug()) return std::optional<OfferView>{std::move(view)};
    HANSE_TRY(view.company, market::listing_company(conn, view.offer.company_id));
    return std::optional<OfferView>{std::move(view)};
  });
  if (!found) return error_response(app, request, found.error());
  if (!*found) return error_page(app, 404, &request);
  auto& offer = (*found)->offer;
  const bool is_member = (*found)->is_member;
  if (!offer.active(now) && !is_member) return error_page(app, 404, &request);
  if (ref->slug != offer.slug()) {
    http::Response moved;
    moved.status = 301;
    moved.set_header("Location", paths::offer(offer.id, offer.fields.title));
    return moved;
  }
  auto& company = (*found)->company;
  if (!company) return error_page(app, 404, &request);
  int version = company->policy_version;
  auto shown = [&](const char* column) { return app.guard->is_public(version, column); };
  auto& f = offer.fields;
  std::string title = shown("offers.title") ? f.title : "Offer " + std::to_string(offer.id);
  std::string kind = shown("offers.kind") ? (f.kind == "buy" ? "Buying" : "Selling") : "Offer";
  return page.render("offer_show", title, [&](Dict& d) {
    d.SetValue("TITLE", title);
    d.SetValue("KIND", kind);
    d.SetIntValue("ID", static_cast<long>(offer.id));
    fill_category_path(app, d, f.category_id);
    if (shown("offers.description")) fill_paragraphs(d, "PARAGRAPH", f.description);
    if (shown("offers.quantity") && f.quantity) {
      std::string text = std::to_string(*f.quantity);
      if (shown("offers.unit") && !f.unit.empty()) text += " " + f.unit;
      d.SetValueAndShowSection("QUANTITY", text, "HAS_QUANTITY");
    }
    if (shown("offers.target_price_cents") && shown("offers.currency") && f.target_price_cents)
      d.SetValueAndShowSection("PRICE", market::format_cents(*f.target_price_cents) + " " + f.currency,
                               "HAS_PRICE");
    d.SetValue("EXPIRES", format_time(offer.expires_at));
    if (shown("companies.name")) {
      auto* c = d.AddSectionDictionary("COMPANY");
      c->SetValue("NAME", company->name);
      c->SetValue("PATH", paths::company(company->id, company->slug));
    }
    if (offer.withdrawn()) d.ShowSection("WITHDRAWN");
    else if (offer.expired(now)) d.SetValueAndShowSection("EXPIRED_ON", format_time(offer.expires_at), "EXPIRED");
    else d.ShowSection("ACTIVE");
    if (page.member() && offer.active(now)) d.ShowSection("CAN_INQUIRE");
    if (is_member) {
      d.ShowSection("CAN_EDIT");
      if (!offer.withdrawn()) d.ShowSection("CAN_WITHDRAW");
    }
  });
}

}  // namespace hanse::web
