// P-12: every form marks the fields whose values everybody will see. The
// mark comes from the same decision the public pages use
// (privacy::Guard::is_public on the column the field is stored in), so a
// form cannot claim a field is private while a page shows it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "privacy/guard.h"
#include "web/views.h"

namespace hanse::web {

// form field name -> "table.column" it is stored in
using FieldColumns = std::vector<std::pair<std::string, std::string>>;

// For each field stored in a column the policy (version) makes public, shows
// the section <FIELD>_PUBLIC (field name upper-cased) in dict; the template
// puts the "public" mark inside it.
void mark_public_fields(Dict& dict, const privacy::Guard& guard, int version, const FieldColumns& fields);

}  // namespace hanse::web
