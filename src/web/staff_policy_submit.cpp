// POST /staff/policy (P-19): publishes a new policy version with an effective
// date at least the notice period ahead: the same checks as
// `hanse policy publish`.
#include <fmt/format.h>

#include "privacy/publication.h"
#include "web/handler.h"
#include "web/staff_policy_form.h"

namespace hanse::web {

Response staff_policy_submit(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* publisher =
      page.staff_member();  // an admin or compliance officer: the staff gate
  if (!publisher) return page.redirect("/staff/signin");
  std::string source(request.form().get("source"));
  std::string effective(request.form().get("effective"));
  if (auto* file = request.form().file("file"); file && !file->content.empty())
    source = file->content;
  privacy::PublishSettings settings{app.config.policy.notice_days, app.config.site.base_url,
                                    app.config.site.name};
  auto published =
      privacy::publish_version(*app.db, *app.policy, app.clock, *app.outbox, settings, source,
                               "the submitted policy", effective, {publisher->id});
  if (!published) {
    if (published.error().kind != ErrorKind::invalid_input)
      return error_response(app, request, published.error());
    return render_staff_policy_form(app, page, source, effective, published.error().message, "",
                                    422);
  }
  return render_staff_policy_form(
      app, page, "", "", "",
      fmt::format("Version {} is published and takes effect on {}. Members are being "
                  "notified by e-mail.",
                  (*published)->number, (*published)->effective),
      200);
}

}  // namespace hanse::web
