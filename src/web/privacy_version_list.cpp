// GET /privacy/versions (P-19): every published version with its dates.
#include <fmt/format.h>
#include <array>
#include <charconv>
#include <cstdio>

#include "privacy/policy.h"
#include "web/handler.h"
#include "web/privacy_render.h"

namespace hanse::web {

Response privacy_version_list(App& app, Request& request) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  privacy::VersionPtr in_force = app.policy->in_force(app.clock.now());
  auto all = app.policy->versions();
  return page.render("privacy_versions", "Privacy policy versions", [&](Dict& d) {
    d.SetIntValue("NOTICE_DAYS", app.config.policy.notice_days);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
      const privacy::PolicyVersion& v = **it;
      Dict* row = d.AddSectionDictionary("VERSION");
      row->SetIntValue("N", v.number);
      row->SetValue("PUBLISHED_ISO", v.published);
      row->SetValue("PUBLISHED", long_date(v.published));
      row->SetValue("EFFECTIVE_ISO", v.effective);
      row->SetValue("EFFECTIVE", long_date(v.effective));
      row->SetValue("STATUS", status_of(v, in_force));
      if (v.number > 1) {
        row->SetIntValue("PREVIOUS", v.number - 1);
        row->ShowSection("HAS_PREVIOUS");
      } else {
        row->ShowSection("FIRST");
      }
    }
  });
}

}  // namespace hanse::web
