// GET /bin/user/edit/export.zip (P-15): the member's download, one .zip of
// data.json (docs/export-schema.md), data.html (the data page as a file)
// and the images they uploaded. Audited as member.data_export.
#include <fmt/format.h>

#include "audit/audit_log.h"
#include "rights/export.h"
#include "rights/member_data.h"
#include "web/handler.h"
#include "web/member_data_page.h"

namespace hanse::web {

Response member_data_export(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  const std::int64_t now = app.clock.now();
  const std::int64_t member_id = me->member.id;
  auto entries = app.db->transaction([&](db::Connection& conn) -> Result<std::vector<rights::ZipEntry>> {
    HANSE_TRY(auto data, rights::collect_member_data(conn, *app.guard, member_id));
    PageFrame frame;
    frame.title = "Your data";
    frame.member_name = me->member.name;  // no form token: the file is not a page of the site
    std::string html = app.views->page("member_data", frame,
                           [&](Dict& d) { fill_member_data(app, d, data, true, now); });
    std::vector<rights::ZipEntry> out;
    out.push_back({"data.json", rights::export_json(data, now).dump(2) + "\n"});
    out.push_back({"data.html", std::move(html)});
    HANSE_TRY(auto uploads, rights::upload_entries(conn, data));
    for (auto& u : uploads) out.push_back(std::move(u));
    audit::AuditLog audit;
    HANSE_TRY_STATUS(audit.append(
        conn, audit::member_event(now, member_id, "member.data_export",
                                  {{"files", static_cast<std::int64_t>(out.size())}})));
    return out;
  });
  if (!entries) return error_response(app, request, entries.error());
  auto zip = rights::make_zip(*entries);
  if (!zip) return error_response(app, request, zip.error());
  Response response;
  response.status = 200;
  response.body = std::move(*zip);
  response.set_header("Content-Type", "application/zip");
  response.set_header("Content-Disposition",
                      fmt::format("attachment; filename=\"hanse-data-{}.zip\"", member_id));
  response.set_header("Cache-Control", "no-store, private");
  return response;
}

}  // namespace hanse::web
