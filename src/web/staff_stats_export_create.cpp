// POST /staff/stats/exports (P-10): makes an export for a named third party
// (whole periods that have ended, small cells suppressed), records it with
// its checksum and audits it (stats.export), and hands the file out; the
// form again with field errors (422), nothing recorded, when something is
// wrong.
#include <fmt/format.h>

#include "stats/exports.h"
#include "web/handler.h"
#include "web/staff_stats_exports_page.h"

namespace hanse::web {

Response staff_stats_export_create(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // compliance: the staff gate
  if (!who) return page.redirect("/staff/signin");
  const auto& form = request.form();
  stats::ExportInput typed;
  typed.recipient = std::string(form.get("recipient"));
  typed.period = std::string(form.get("period"));
  typed.start = std::string(form.get("start"));
  typed.count = std::string(form.get("count"));
  typed.format = std::string(form.get("format"));
  auto checked = stats::check_export(typed, stats::day_of(app.clock.now()));
  if (!checked.spec) {
    // Only what fits the fields is shown again.
    if (typed.recipient.size() > 4 * stats::kMaxRecipient) typed.recipient.clear();
    if (typed.start.size() > 32) typed.start.clear();
    if (typed.count.size() > 16) typed.count.clear();
    return render_stats_exports(app, page, request, typed, checked.errors, 422);
  }
  auto file = stats::create_export(*app.db, app.clock, who->id, *checked.spec);
  if (!file) return error_response(app, request, file.error());
  Response response;
  response.status = 200;
  response.body = std::move(file->body);
  response.set_header("Content-Type", file->content_type);
  response.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", file->filename));
  response.set_header("Cache-Control", "no-store, private");
  return response;
}

}  // namespace hanse::web
