#include "web/search_form.h"

namespace hanse::web {

void add_search_form(const App& app, Dict& page, const SearchFormValues& f) {
  Dict& d = *page.AddIncludeDictionary("SEARCH_FORM");
  d.SetFilename("search_form.tpl");
  d.SetValue("Q", f.q);
  d.SetValue("COUNTRY", f.country);
  for (const char* kind : {"company", "product", "offer", "buy", "sell"})
    if (f.kind == kind) d.ShowSection(std::string("KIND_") + kind);
  if (!app.categories) return;
  for (const auto* industry : app.categories->industries()) {
    auto* group = d.AddSectionDictionary("INDUSTRY");
    group->SetValue("ID", industry->id);
    group->SetValue("NAME", industry->name);
    if (f.category == industry->id) group->ShowSection("SELECTED");
    if (f.industries_only) continue;
    for (const auto& sub_id : industry->children) {
      const auto* sub = app.categories->find(sub_id);
      if (!sub) continue;
      auto* option = group->AddSectionDictionary("SUB");
      option->SetValue("ID", sub->id);
      option->SetValue("NAME", sub->name);
      if (f.category == sub->id) option->ShowSection("SELECTED");
    }
  }
}

}  // namespace hanse::web
