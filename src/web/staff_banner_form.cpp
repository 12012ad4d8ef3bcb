// The banner campaign form: industries from the category directory.
#include "web/staff_banner_form.h"

#include <algorithm>
#include <cctype>

#include "stats/days.h"

namespace hanse::web {

namespace {

// "first_day" -> "FIRST_DAY_ERROR"
std::string error_section(const std::string& field) {
  std::string out;
  for (char c : field) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out + "_ERROR";
}

}  // namespace

Response render_staff_banner_form(App& app, Page& page, const promotions::CampaignInput& typed,
                                  const promotions::CampaignErrors& errors, int status) {
  page.set_staff_area();
  return page.render(
      "staff_banner_form", "New banner campaign",
      [&](Dict& d) {
        d.SetIntValue("MAX_TEXT", static_cast<long>(promotions::kMaxText));
        d.SetIntValue("MAX_LINK", static_cast<long>(promotions::kMaxLink));
        d.SetValue("TEXT_VALUE", typed.text);
        d.SetValue("LINK_VALUE", typed.link);
        d.SetValue("COUNTRIES_VALUE", typed.countries);
        const auto today = stats::iso_date(stats::day_of(app.clock.now()));
        d.SetValue("FIRST_DAY_VALUE", typed.first_day.empty() && errors.empty() ? today : typed.first_day);
        d.SetValue("LAST_DAY_VALUE", typed.last_day);
        d.SetValue("CAP_VALUE", typed.cap);
        if (typed.kind == "partner") d.ShowSection("PARTNER_CHECKED");
        else d.ShowSection("HOUSE_CHECKED");
        int index = 0;
        if (app.categories) {
          for (const auto* industry : app.categories->industries()) {
            auto* row = d.AddSectionDictionary("INDUSTRY");
            row->SetIntValue("INDEX", ++index);
            row->SetValue("KEY", industry->id);
            row->SetValue("NAME", industry->name);
            if (std::find(typed.industries.begin(), typed.industries.end(), industry->id) != typed.industries.end())
              row->ShowSection("CHECKED");
          }
        }
        if (!errors.empty()) d.ShowSection("FORM_ERROR");
        for (auto& [field, message] : errors) d.SetValueAndShowSection("MESSAGE", message, error_section(field));
      },
      status);
}

}  // namespace hanse::web
