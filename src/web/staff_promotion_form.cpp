#include "web/staff_promotion_form.h"

#include <cctype>

#include "stats/days.h"

namespace hanse::web {

Response render_staff_promotion_form(App& app, Page& page, const promotions::PromotionInput& typed,
                                     const promotions::PromotionErrors& errors, int status) {
  page.set_staff_area();
  return page.render(
      "staff_promotion_form", "New promotion",
      [&](Dict& d) {
        d.SetIntValue("MAX_TITLE", static_cast<long>(promotions::kMaxTitle));
        d.SetValue("TITLE_VALUE", typed.title);
        d.SetValue("TARGET_VALUE", typed.target);
        d.SetValue("REWARD_DAYS_VALUE", typed.reward_days);
        const auto today = stats::iso_date(stats::day_of(app.clock.now()));
        d.SetValue("FIRST_DAY_VALUE", typed.first_day.empty() && errors.empty() ? today : typed.first_day);
        d.SetValue("LAST_DAY_VALUE", typed.last_day);
        d.ShowSection(typed.rule == "profile" ? "PROFILE_CHECKED" : "OFFERS_CHECKED");
        if (!errors.empty()) d.ShowSection("FORM_ERROR");
        for (auto& [field, message] : errors) {
          std::string section;
          for (char c : field) section += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          d.SetValueAndShowSection("MESSAGE", message, section + "_ERROR");
        }
      },
      status);
}

}  // namespace hanse::web
