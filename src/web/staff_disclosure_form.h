// The compliance form for recording a disclosure (P-13), shared by
// web/staff_disclosure_new_*.cpp.
#pragma once

#include "privacy/disclosures.h"
#include "web/handler.h"

namespace hanse::web {

// The form with what was typed and its field errors.
Response render_staff_disclosure_form(App& app, Page& page, const privacy::DisclosureInput& typed,
                                      const privacy::DisclosureErrors& errors, int status);

}  // namespace hanse::web
