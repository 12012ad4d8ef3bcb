// fuzz-libs: -lctemplate
// The template escaper: any value rendered by a template in the project's
// auto-escape mode ({{%AUTOESCAPE context="HTML"}}, as every file in
// templates/ starts) must not be able to open or close a tag or an
// attribute. The template has exactly 2 '<', 2 '>', 2 '"' and no '\'' of
// its own; an escaped value may add none.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <ctemplate/template.h>

namespace {

const char* kTemplate =
    "{{%AUTOESCAPE context=\"HTML\"}}<p title=\"{{V}}\">{{V}}</p>";

bool load() {
  return ctemplate::StringToTemplateCache("fuzz.tpl", kTemplate, ctemplate::DO_NOT_STRIP);
}

std::size_t count(const std::string& s, char c) {
  std::size_t n = 0;
  for (char x : s) n += (x == c);
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool loaded = load();
  if (!loaded) std::abort();
  ctemplate::TemplateDictionary dict("fuzz");
  dict.SetValue("V", ctemplate::TemplateString(reinterpret_cast<const char*>(data), size));
  std::string out;
  if (!ctemplate::ExpandTemplate("fuzz.tpl", ctemplate::DO_NOT_STRIP, &dict, &out)) std::abort();
  if (count(out, '<') != 2 || count(out, '>') != 2 || count(out, '"') != 2 || count(out, '\'') != 0)
    std::abort();
  return 0;
}
