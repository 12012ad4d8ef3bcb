// The staff form for a promotion (P-11), shared by web/staff_promotion_new_*.cpp.
#pragma once

#include "promotions/promotions.h"
#include "web/handler.h"

namespace hanse::web {

Response render_staff_promotion_form(App& app, Page& page, const promotions::PromotionInput& typed,
                                     const promotions::PromotionErrors& errors, int status);

}  // namespace hanse::web
