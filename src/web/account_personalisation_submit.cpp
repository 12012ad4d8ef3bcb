// POST /account/personalisation (P-11): switches targeted promotions or
// personalisation off or on, recorded in the consent ledger (kind clause,
// "denied" or "granted"; audited as consent.changed), which the privacy
// guard reads on the next page.
#include "audit/audit_log.h"
#include "privacy/consent_ledger.h"
#include "promotions/member_trade.h"
#include "web/handler.h"

namespace hanse::web {

Response account_personalisation_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* member, page.require_member());
  const auto& form = request.form();
  const std::string clause(form.get("clause"));
  const std::string value(form.get("value"));
  if ((clause != promotions::kTargetedClause && clause != promotions::kPersonaliseClause) ||
      (value != "granted" && value != "denied"))
    return error_page(app, 400, &request, "Choose one of the switches on the page.");
  privacy::ConsentEvent event;
  event.member_id = member->member.id;
  event.kind = privacy::ConsentKind::clause;
  event.what = clause;
  event.value = value;
  event.given_at = app.clock.now();
  event.source = "/account/personalisation";
  auto recorded = app.db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(privacy::record(conn, event));
    audit::AuditLog audit;
    return audit.append(conn, audit::member_event(event.given_at, event.member_id, "consent.changed",
                                                  {{"kind", "clause"},
                                                   {"what", clause + ":" + value},
                                                   {"source", "/account/personalisation"}}));
  });
  if (!recorded) return error_response(app, request, recorded.error());
  return page.redirect("/account/personalisation?saved=1");
}

}  // namespace hanse::web
