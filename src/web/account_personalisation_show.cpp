// GET /account/personalisation (P-11): the member's two opt-out choices of
// how their company's trade is used: banners chosen by it (clause
// targeted-promotions) and pages arranged for them (clause personalisation),
// each as the privacy guard decides it now, with a button to switch it.
#include "promotions/member_trade.h"
#include "web/handler.h"

namespace hanse::web {

Response account_personalisation_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  const auto member_id = page.member()->member.id;
  struct State {
    bool targeted = false;
    bool personalised = false;
  };
  auto state = app.db->read([&](db::Connection& conn) -> Result<State> {
    State s;
    HANSE_TRY(s.targeted, promotions::guard_allows(conn, *app.guard, member_id, promotions::kTargetedPurpose));
    HANSE_TRY(s.personalised, promotions::guard_allows(conn, *app.guard, member_id, promotions::kPersonalisePurpose));
    return s;
  });
  if (!state) return error_response(app, request, state.error());
  return page.render("account_personalisation", "Targeted promotions and pages arranged for you", [&](Dict& d) {
    page.csrf();
    d.ShowSection(state->targeted ? "TARGETED_ON" : "TARGETED_OFF");
    d.ShowSection(state->personalised ? "PERSONALISED_ON" : "PERSONALISED_OFF");
    auto saved = request.query("saved");
    if (saved) d.ShowSection("SAVED");
  });
}

}  // namespace hanse::web
