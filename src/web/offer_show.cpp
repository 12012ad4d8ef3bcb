// GET /offer/{id}-{slug} (M-4): a trade offer's page. Who may see it is
// market::visible_offer's rule (active offers are public; an expired or
// withdrawn one is 404 for everyone but its company's members, who see a
// notice and can renew it); what it shows is market::public_offer (P-12).
#include "core/paths.h"
#include "core/words.h"
#include "market/listing_rights.h"
#include "market/public_view.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/listing_helpers.h"

namespace hanse::web {

Response offer_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded)
    return error_response(app, request, loaded.error());
  auto ref = parse_path_ref(request.param("ref"));
  if (!ref) return error_page(app, 404, &request);
  const std::int64_t now = app.clock.now();
  market::Viewer viewer;
  if (page.member()) viewer = page.member()->member.id;
  // Read in one Database::read; company stays unset when the page redirects.
  struct OfferView {
    market::VisibleOffer visible;
    std::optional<market::ListingCompany> company;
  };
  auto found = public_read(app, !page.member(), [&](db::Connection& conn) -> Result<OfferView> {
    HANSE_TRY(auto visible, market::visible_offer(conn, ref->id, viewer, now));
    OfferView view{std::move(visible), std::nullopt};
    if (ref->slug != view.visible.offer.slug()) return view;
    HANSE_TRY(view.company, market::listing_company(conn, view.visible.offer.company_id));
    return view;
  });
  if (!found && found.error().kind == ErrorKind::not_found) return error_page(app, 404, &request);
  if (!found) return error_response(app, request, found.error());
  auto& offer = found->visible.offer;
  if (ref->slug != offer.slug()) {
    return Response::redirect(paths::offer(offer.id, offer.fields.title), 301);
  }
  if (!found->company) return error_page(app, 404, &request);
  const bool is_member = found->visible.viewer_is_member;
  auto shown = market::public_offer(offer, *found->company, *app.guard);
  std::string kind = !shown.kind ? "Offer" : *shown.kind == "buy" ? "Buying" : "Selling";
  return page.render("offer_show", shown.title, [&](Dict& d) {
    d.SetValue("TITLE", shown.title);
    d.SetValue("KIND", kind);
    d.SetIntValue("ID", static_cast<long>(shown.id));
    fill_category_path(app, d, shown.category_id);
    fill_paragraphs(d, "PARAGRAPH", shown.description);
    if (shown.quantity) {
      d.SetValueAndShowSection("QUANTITY", words::quantity(*shown.quantity, shown.unit), "HAS_QUANTITY");
    }
    if (shown.target_price_cents)
      d.SetValueAndShowSection(
          "PRICE", words::money(*shown.target_price_cents) + " " + shown.currency,
          "HAS_PRICE");
    d.SetValue("EXPIRES", words::date(offer.expires_at) + " (" + words::days_left(offer.expires_at, now) + ")");
    fill_company_link(d, shown.company);
    if (offer.withdrawn())
      d.ShowSection("WITHDRAWN");
    else if (offer.expired(now))
      d.SetValueAndShowSection("EXPIRED_ON", words::date(offer.expires_at), "EXPIRED");
    else
      d.ShowSection("ACTIVE");
    if (page.member() && offer.active(now)) d.ShowSection("CAN_INQUIRE");
    if (is_member) {
      d.ShowSection("CAN_EDIT");
      if (!offer.withdrawn()) d.ShowSection("CAN_WITHDRAW");
    }
  });
}

}  // namespace hanse::web
