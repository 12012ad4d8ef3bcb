#include "web/staff_stats_exports_page.h"

#include <cctype>

#include "web/format.h"

namespace hanse::web {
namespace {

constexpr int kListed = 200;

std::string error_section(const std::string& field) {
  std::string out;
  for (char c : field) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out + "_ERROR";
}

}  // namespace

Response render_stats_exports(App& app, Page& page, const Request& request, const stats::ExportInput& typed,
                              const stats::ExportErrors& errors, int status) {
  page.set_staff_area();
  const staff::StaffMember* you = page.staff_member();
  auto listed = app.db->read([&](db::Connection& conn) { return stats::list_exports(conn, kListed); });
  if (!listed) return error_response(app, request, listed.error());
  return page.render(
      "staff_stats_exports", "Statistics exports",
      [&](Dict& d) {
        d.SetIntValue("MIN_RECIPIENT", static_cast<long>(stats::kMinRecipient));
        d.SetIntValue("MAX_RECIPIENT", static_cast<long>(stats::kMaxRecipient));
        d.SetIntValue("THRESHOLD", static_cast<long>(stats::kSmallCellThreshold));
        d.SetIntValue("MAX_DAYS", stats::max_periods(stats::Period::day));
        d.SetIntValue("MAX_WEEKS", stats::max_periods(stats::Period::week));
        d.SetIntValue("MAX_MONTHS", stats::max_periods(stats::Period::month));
        d.SetValue("RECIPIENT_VALUE", typed.recipient);
        d.SetValue("START_VALUE", typed.start);
        d.SetValue("COUNT_VALUE", typed.count);
        for (const char* kind : {"day", "week", "month"}) {
          if (typed.period == kind) d.ShowSection(std::string("PERIOD_") + static_cast<char>(std::toupper(kind[0])) + (kind + 1));
        }
        d.ShowSection(typed.format == "json" ? "FORMAT_JSON" : "FORMAT_CSV");
        if (!errors.empty()) d.ShowSection("FORM_ERROR");
        for (auto& [field, message] : errors) d.SetValueAndShowSection("MESSAGE", message, error_section(field));
        d.ShowSection(listed->empty() ? "NONE" : "ANY");
        for (auto& x : *listed) {
          auto* row = d.AddSectionDictionary("EXPORT");
          row->SetIntValue("ID", x.id);
          row->SetValue("AT", format_time(x.created_at));
          row->SetIntValue("STAFF", x.staff_id);
          if (you && x.staff_id == you->id) row->ShowSection("YOU");
          row->SetValue("RECIPIENT", x.recipient);
          row->SetValue("PERIOD", x.period);
          row->SetValue("FIRST", stats::iso_date(x.first_day));
          row->SetValue("LAST", stats::iso_date(x.last_day));
          row->SetValue("FORMAT", x.format);
          row->SetValue("SHA256", x.sha256);
        }
      },
      status);
}

}  // namespace hanse::web
