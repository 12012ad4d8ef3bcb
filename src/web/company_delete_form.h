// The confirmation form for deleting a company (web/company_delete_*.cpp).
#pragma once

#include "market/company.h"
#include "web/handler.h"

namespace hanse::web {

Response render_company_delete_form(Page& page, const market::Company& company, bool error,
                                    int status);

}  // namespace hanse::web
