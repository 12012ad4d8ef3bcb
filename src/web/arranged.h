// Pages arranged for a member (P-11, personalisation): with the privacy
// guard's permission for personalize.content (clause personalisation,
// opt-out), the member's company industries come first on the home page and
// in the category directory, and the page says so with a link to switch it
// off (/account/personalisation). Without it the page is the one everyone
// gets.
#pragma once

#include <string>
#include <vector>

#include "market/categories.h"
#include "web/app.h"
#include "web/views.h"
#include "web/visitor.h"

namespace hanse::web {

// The industries to put first for this viewer: the member's company
// industries when the guard allows personalisation; empty for a visitor, a
// member who switched it off, or when the database cannot say (logged).
std::vector<std::string> arranged_industries(App& app, const SignedInMember* member);

// Every industry, `first` (in the directory's order) before the others.
std::vector<const market::Category*> industries_in_order(const market::CategoryTree& categories,
                                                         const std::vector<std::string>& first);

// The notice on an arranged page: ARRANGED with ARRANGED_NAMES.
void show_arranged(App& app, Dict& dict, const std::vector<std::string>& first);

}  // namespace hanse::web
