// GET/POST /staff/policy (P-19): administrators and compliance officers
// publish a new policy version with an effective date at least the notice
// period ahead. The same checks as `hanse policy publish`. Who may open it
// is the route table's (web/routes.cpp), checked by the staff gate.
#include <fmt/format.h>

#include "privacy/publication.h"
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {
namespace {

Response render_form(App& app, Page& page, const std::string& source, const std::string& effective,
                     const std::string& error, const std::string& done, int status) {
  page.set_staff_area();
  auto latest = app.policy->latest_published();
  return page.render("staff_policy", "Publish a policy version", [&](Dict& d) {
    d.SetIntValue("NEXT", latest ? latest->number + 1 : 1);
    d.SetIntValue("NOTICE_DAYS", app.config.policy.notice_days);
    d.SetValue("SOURCE_VALUE", source);
    d.SetValue("EFFECTIVE_VALUE", effective);
    if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
    if (!done.empty()) d.SetValueAndShowSection("DONE_TEXT", done, "DONE");
    for (auto& v : app.policy->versions()) {
      auto* row = d.AddSectionDictionary("VERSION");
      row->SetIntValue("NUMBER", v->number);
      row->SetValue("PUBLISHED", v->published);
      row->SetValue("EFFECTIVE", v->effective);
    }
  }, status);
}

}  // namespace

Response staff_policy_show(App& app, Request& request) {
  Page page(app, request);
  return render_form(app, page, "", "", "", "", 200);
}

Response staff_policy_submit(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* publisher = page.staff_member();  // an admin or compliance officer: the staff gate
  if (!publisher) return page.redirect("/staff/signin");
  std::string source(request.form().get("source"));
  std::string effective(request.form().get("effective"));
  if (auto* file = request.form().file("file"); file && !file->content.empty()) source = file->content;
  privacy::PublishSettings settings{app.config.policy.notice_days, app.config.site.base_url,
                                    app.config.site.name};
  auto published = privacy::publish_version(*app.db, *app.policy, app.clock, *app.outbox, settings,
                                            source, "the submitted policy", effective,
                                            {publisher->id});
  if (!published) {
    if (published.error().kind != ErrorKind::invalid_input)
      return error_response(app, request, published.error());
    return render_form(app, page, source, effective, published.error().message, "", 422);
  }
  return render_form(app, page, "", "", "",
                     fmt::format("Version {} is published and takes effect on {}. Members are being "
                                 "notified by e-mail.",
                                 (*published)->number, (*published)->effective),
                     200);
}

}  // namespace hanse::web
