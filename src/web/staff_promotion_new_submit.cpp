// POST /staff/promotions/new (P-11): stores a promotion; the form again
// with a message for every field that is wrong (400), nothing stored.
#include <fmt/format.h>

#include "audit/audit_log.h"
#include "web/handler.h"
#include "web/staff_promotion_form.h"

namespace hanse::web {

Response staff_promotion_new_submit(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // an admin: the staff gate
  if (!who) return page.redirect("/staff/signin");
  const auto& form = request.form();
  promotions::PromotionInput typed;
  typed.title = std::string(form.get("title"));
  typed.rule = std::string(form.get("rule"));
  typed.target = std::string(form.get("target"));
  typed.reward_days = std::string(form.get("reward_days"));
  typed.first_day = std::string(form.get("first_day"));
  typed.last_day = std::string(form.get("last_day"));
  promotions::PromotionErrors errors;
  auto valid = promotions::validate_promotion(typed, errors);
  if (!valid) return render_staff_promotion_form(app, page, typed, errors, 400);
  auto id = app.db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    const auto now = app.clock.now();
    HANSE_TRY(auto created, promotions::create_promotion(conn, *valid, who->id, now));
    audit::AuditLog audit;
    HANSE_TRY_STATUS(audit.append(conn, audit::staff_event(now, who->id, "promotion.created",
                                                           fmt::format("promotion_campaigns/{}", created))));
    return created;
  });
  if (!id) return error_response(app, request, id.error());
  return page.redirect("/staff/promotions?created=" + std::to_string(*id));
}

}  // namespace hanse::web
