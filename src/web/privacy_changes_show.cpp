// GET /privacy/changes?from=N&to=M (P-19): what changed between two versions.
#include <fmt/format.h>
#include <array>
#include <charconv>
#include <cstdio>

#include "privacy/policy.h"
#include "web/handler.h"
#include "web/privacy_render.h"

namespace hanse::web {

Response privacy_changes_show(App& app, Request& request) {
  auto from_param = version_param(app, request, "from");
  if (!from_param) return error_page(app, 400, &request, from_param.error());
  auto to_param = version_param(app, request, "to");
  if (!to_param) return error_page(app, 400, &request, to_param.error());

  privacy::VersionPtr to =
      to_param->has_value() ? app.policy->version(**to_param) : shown_version(app);
  privacy::VersionPtr from = from_param->has_value() ? app.policy->version(**from_param)
                                                     : app.policy->version(to->number - 1);
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  auto all = app.policy->versions();
  return page.render("privacy_changes", "Changes to the privacy policy", [&](Dict& d) {
    d.SetIntValue("TO", to->number);
    fill_choices(d, "TO_OPTION", to->number, all);
    fill_choices(d, "FROM_OPTION", from ? from->number : 0, all);
    if (!from) {
      d.ShowSection("FIRST_VERSION");
      return;
    }
    Dict* compared = d.AddSectionDictionary("COMPARED");
    compared->SetIntValue("FROM", from->number);
    compared->SetIntValue("TO", to->number);
    compared->SetValue("FROM_EFFECTIVE", long_date(from->effective));
    compared->SetValue("TO_EFFECTIVE", long_date(to->effective));
    auto changes = privacy::diff(*from, *to);
    if (changes.empty()) compared->ShowSection("NO_CHANGES");
    for (auto& change : changes)
      fill_change(*compared->AddSectionDictionary("CHANGE"), change, *from, *to, app);
  });
}

}  // namespace hanse::web
