// The staff form for a banner campaign (P-11), shared by
// web/staff_banner_new_*.cpp.
#pragma once

#include "promotions/banners.h"
#include "web/handler.h"

namespace hanse::web {

// The form with what was typed and its field errors.
Response render_staff_banner_form(App& app, Page& page, const promotions::CampaignInput& typed,
                                  const promotions::CampaignErrors& errors, int status);

}  // namespace hanse::web
