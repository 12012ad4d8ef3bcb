// The search form with its filters (templates/search_form.tpl), on the
// search page and the home page.
#pragma once

#include <string>

#include "web/handler.h"

namespace hanse::web {

struct SearchFormValues {
  std::string q, category, country, kind;  // as shown; "" for none
  // Only the industries as categories, not their sub-categories: the home
  // page's short form (the full list is some 60 KB of options).
  bool industries_only = false;
};

// Adds the SEARCH_FORM include to `d`, filled with `values` and the
// category directory's options.
void add_search_form(const App& app, Dict& d, const SearchFormValues& values);

}  // namespace hanse::web
