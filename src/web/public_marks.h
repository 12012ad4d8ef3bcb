// P-12: every form marks the fields whose values everybody will see. Which
// fields those are is market::public_form_fields, the same decision the
// public pages' views use (market/public_view.h), so a form cannot claim a
// field is private while a page shows it.
#pragma once

#include <string>
#include <vector>

#include "web/views.h"

namespace hanse::web {

// Shows the section <FIELD>_PUBLIC (field name upper-cased) in dict for each
// of `fields`; the template puts the "public" mark inside it.
void mark_public_fields(Dict& dict, const std::vector<std::string>& fields);

}  // namespace hanse::web
