#include "web/views.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <ctemplate/per_expand_data.h>
#include <ctemplate/template_emitter.h>
#include <ctemplate/template_modifiers.h>

#include <fmt/format.h>

namespace hanse::web {

namespace {

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// The page being written and what it printed (PageMarks), handed to the
// modifiers below through ctemplate's per-expansion data.
struct Recording {
  const std::string* out;
  PageMarks* marks;
};
constexpr const char* kRecordingKey = "hanse.page_marks";

Recording* recording(const ctemplate::PerExpandData* data) {
  if (!data) return nullptr;
  return static_cast<Recording*>(const_cast<void*>(data->LookupForModifiers(kRecordingKey)));
}

// {{CSRF:x-csrf-token}}: prints the token unchanged (the auto-escaping
// still follows) and notes that the page carries it.
class CsrfTokenMark : public ctemplate::TemplateModifier {
 public:
  void Modify(const char* in, size_t inlen, const ctemplate::PerExpandData* data, ctemplate::ExpandEmitter* out,
              const std::string&) const override {
    if (auto* r = recording(data); r && inlen > 0) r->marks->csrf = true;
    out->Emit(in, inlen);
  }
};

// {{BANNER_SLOT:x-banner-slot}}: prints nothing and notes where the page
// has its banner slot (web/banner_slot.h). The layout's expansion writes
// straight into the page's string, so its length now is the offset.
class BannerSlotMark : public ctemplate::TemplateModifier {
 public:
  void Modify(const char*, size_t, const ctemplate::PerExpandData* data, ctemplate::ExpandEmitter*,
              const std::string&) const override {
    if (auto* r = recording(data)) r->marks->banner_slot = r->out->size();
  }
};

const CsrfTokenMark kCsrfTokenMark;
const BannerSlotMark kBannerSlotMark;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Whether text prints the form token any other way than {{CSRF:x-csrf-token}}.
bool prints_unmarked_token(const std::string& text) {
  constexpr std::string_view open = "{{CSRF";
  for (auto at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
    const std::string_view rest = std::string_view(text).substr(at + open.size());
    if (rest.starts_with("}}") || (rest.starts_with(":") && !rest.starts_with(":x-csrf-token}}"))) return true;
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<Views>> Views::open(const std::string& dir, const SiteConfig& site) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir))
    return fail(ErrorKind::invalid_input, fmt::format("server.templates_dir: no such folder \"{}\"", dir));
  for (auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".tpl") continue;
    if (prints_unmarked_token(read_file(entry.path())))
      return fail(ErrorKind::invalid_input, fmt::format("template {} prints the form token without :x-csrf-token",
                                                        entry.path().filename().string()));
  }
  // Modifiers are looked up while templates parse: registered first (once
  // per process; ctemplate keeps them).
  static const bool registered = ctemplate::AddModifier("x-csrf-token", &kCsrfTokenMark) &&
                                 ctemplate::AddModifier("x-banner-slot", &kBannerSlotMark);
  if (!registered) return fail(ErrorKind::internal, "the templates' modifiers could not be registered");
  auto* cache = ctemplate::mutable_default_template_cache();
  cache->SetTemplateRootDirectory(dir);
  for (auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".tpl") continue;
    auto name = entry.path().filename().string();
    if (!cache->LoadTemplate(name, ctemplate::STRIP_BLANK_LINES))
      return fail(ErrorKind::invalid_input, fmt::format("template {} does not parse", name));
  }
  // Templates never change while serving: freezing makes lookups lock-free.
  cache->Freeze();
  return std::unique_ptr<Views>(new Views(dir, site));
}

Dict* Views::frame_dict(Dict& root, const std::string& name, const PageFrame& frame) const {
  root.SetValue("SITE_NAME", m_site.name);
  root.SetValue("OPERATOR_NAME", m_site.operator_name);
  root.SetValue("CONTACT_EMAIL", m_site.contact_email);
  root.SetValue("TITLE", frame.title);
  root.SetValue("CSRF", frame.csrf);
  if (frame.staff_area) root.ShowSection("STAFF_AREA");
  if (!frame.notice.empty()) {
    auto* notice = root.AddSectionDictionary("POLICY_NOTICE");
    notice->SetValue("TEXT", frame.notice);
    notice->SetValue("LINK", frame.notice_link);
    notice->SetValue("LINK_TEXT", frame.notice_link_text);
  }
  if (frame.cookie_banner) root.SetValueAndShowSection("HERE", frame.here, "COOKIE_BANNER");
  if (frame.member_name) {
    root.SetValueAndShowSection("MEMBER_NAME", *frame.member_name, "SIGNED_IN");
  } else if (!frame.staff_area) {
    root.ShowSection("SIGNED_OUT");
  }
  Dict* body = root.AddIncludeDictionary("BODY");
  body->SetFilename(name + ".tpl");
  body->SetValue("CSRF", frame.csrf);
  body->SetValue("SITE_NAME", m_site.name);
  return body;
}

std::string Views::expand(Dict& root, PageMarks& marks) const {
  std::string out;
  out.reserve(32768);  // pages with cards reach 20 KB: one allocation, no copies while growing
  Recording r{&out, &marks};
  ctemplate::PerExpandData data;
  data.InsertForModifiers(kRecordingKey, &r);
  ctemplate::ExpandWithData("layout.tpl", ctemplate::STRIP_BLANK_LINES, &root, &data, &out);
  return out;
}

std::string Views::fragment(const std::string& name, Dict& dict) const {
  std::string out;
  out.reserve(1024);
  ctemplate::ExpandTemplate(name + ".tpl", ctemplate::STRIP_BLANK_LINES, &dict, &out);
  return out;
}

void fill_form(Dict& dict, const std::map<std::string, std::string>& values,
               const accounts::FieldErrors& errors) {
  for (auto& [name, value] : values) dict.SetValue(upper(name) + "_VALUE", value);
  if (errors.empty()) return;
  auto* summary = dict.AddSectionDictionary("ERROR_SUMMARY");
  for (auto& [name, message] : errors) {
    dict.SetValueAndShowSection("MESSAGE", message, upper(name) + "_ERROR");
    auto* item = summary->AddSectionDictionary("ERROR");
    item->SetValue("FIELD", name);
    item->SetValue("MESSAGE", message);
  }
}

}  // namespace hanse::web
