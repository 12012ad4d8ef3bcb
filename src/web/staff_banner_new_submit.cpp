// POST /staff/banners/new (P-11): stores a banner campaign; the form again
// with a message for every field that is wrong (400), nothing stored.
// Audited as banner.created.
#include <fmt/format.h>

#include "audit/audit_log.h"

#include "web/banner_book.h"
#include "web/handler.h"
#include "web/staff_banner_form.h"

namespace hanse::web {

Response staff_banner_new_submit(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // an admin: the staff gate
  if (!who) return page.redirect("/staff/signin");
  const auto& form = request.form();
  promotions::CampaignInput typed;
  typed.text = std::string(form.get("text"));
  typed.link = std::string(form.get("link"));
  typed.industries = form.all("industries");
  typed.countries = std::string(form.get("countries"));
  typed.first_day = std::string(form.get("first_day"));
  typed.last_day = std::string(form.get("last_day"));
  typed.cap = std::string(form.get("cap"));
  typed.kind = std::string(form.get("kind"));
  if (auto* file = form.file("image"); file && !(file->filename.empty() && file->content.empty()))
    typed.image = file->content;
  promotions::CampaignErrors errors;
  if (form.error) errors["image"] = "The form could not be read; please send it again.";
  auto valid = app.categories ? promotions::validate_campaign(typed, *app.categories, errors) : std::nullopt;
  if (!valid) return render_staff_banner_form(app, page, typed, errors, 400);
  auto id = app.db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    const auto now = app.clock.now();
    HANSE_TRY(auto created, promotions::create_campaign(conn, *valid, who->id, now));
    audit::AuditLog audit;
    HANSE_TRY_STATUS(audit.append(conn, audit::staff_event(now, who->id, "banner.created",
                                                           fmt::format("banner_campaigns/{}", created))));
    return created;
  });
  if (!id) return error_response(app, request, id.error());
  banner_book(app).invalidate();
  return page.redirect(fmt::format("/staff/banners?created={}", *id));
}

}  // namespace hanse::web
