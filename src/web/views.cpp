#include "web/views.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

namespace hanse::web {

namespace {

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

}  // namespace

Result<std::unique_ptr<Views>> Views::open(const std::string& dir, const SiteConfig& site) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir))
    return fail(ErrorKind::invalid_input, fmt::format("server.templates_dir: no such folder \"{}\"", dir));
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

std::string Views::expand(Dict& root) const {
  std::string out;
  out.reserve(32768);  // pages with cards reach 20 KB: one allocation, no copies while growing
  ctemplate::ExpandTemplate("layout.tpl", ctemplate::STRIP_BLANK_LINES, &root, &out);
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
