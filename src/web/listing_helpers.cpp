// Helpers shared by the product, offer and listings pages.
#include "web/listing_helpers.h"
#include "core/paths.h"
#include "core/words.h"
#include "market/membership.h"
#include "web/member_company.h"

namespace hanse::web {

OrResponse<market::Membership> require_company(App& app, const Request& request, Page& page, int status) {
  HANSE_TRY_PAGE(auto lease, or_error_page(app, request, app.db->acquire()));
  HANSE_TRY_PAGE(auto membership, or_error_page(app, request, market::membership_of(*lease, page.member()->member.id)));
  if (!membership) return refuse(page.render("listings_no_company", "A company is needed", status));
  return *membership;
}

Result<bool> member_of_company(App& app, const Page& page, std::int64_t company_id) {
  if (!page.member()) return false;
  HANSE_TRY(auto membership, member_company(app, *page.member()));
  return membership && membership->company_id == company_id;
}

int company_policy_version(App& app, std::int64_t company_id) {
  if (auto lease = app.db->acquire()) {
    if (auto company = market::listing_company(**lease, company_id); company && *company)
      return (*company)->policy_version;
  }
  auto in_force = app.policy->in_force(app.clock.now());
  return in_force ? in_force->number : 1;
}

void fill_category_options(App& app, Dict& dict, std::string_view selected) {
  if (!app.categories) return;
  for (auto* industry : app.categories->industries()) {
    auto* group = dict.AddSectionDictionary("INDUSTRY");
    group->SetValue("NAME", industry->name);
    for (auto& id : industry->children) {
      auto* sub = app.categories->find(id);
      if (!sub) continue;
      auto* option = group->AddSectionDictionary("CATEGORY");
      option->SetValue("ID", sub->id);
      option->SetValue("NAME", sub->name);
      if (sub->id == selected) option->ShowSection("SELECTED");
    }
  }
}

void fill_currency_options(Dict& dict, std::string_view selected) {
  for (auto& code : market::currency_codes()) {
    auto* option = dict.AddSectionDictionary("CURRENCY");
    option->SetValue("CODE", code);
    if (code == selected) option->ShowSection("SELECTED");
  }
}

void fill_category_path(App& app, Dict& dict, std::string_view category_id) {
  if (!app.categories) return;
  auto path = app.categories->path(category_id);
  if (path.size() != 2) return;
  auto* section = dict.AddSectionDictionary("CATEGORY_PATH");
  section->SetValue("INDUSTRY_PATH", paths::category(path[0]->id));
  section->SetValue("INDUSTRY_NAME", path[0]->name);
  section->SetValue("SUB_PATH", paths::category(path[1]->id));
  section->SetValue("SUB_NAME", path[1]->name);
}

std::string category_name(App& app, std::string_view category_id) {
  if (app.categories)
    if (auto* category = app.categories->find(category_id)) return category->name;
  return std::string(category_id);
}

void fill_paragraphs(Dict& dict, const std::string& section, std::string_view text) {
  std::string paragraph;
  auto flush = [&] {
    auto b = paragraph.find_first_not_of(" \t\r\n");
    if (b != std::string::npos) {
      auto e = paragraph.find_last_not_of(" \t\r\n");
      dict.AddSectionDictionary(section)->SetValue("TEXT", paragraph.substr(b, e - b + 1));
    }
    paragraph.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    std::string_view line =
        text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos)
      flush();
    else
      paragraph += std::string(line) + "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  flush();
}

void fill_company_link(Dict& dict, const market::PublicCompanyLink& company) {
  if (!company.name) return;
  auto* c = dict.AddSectionDictionary("COMPANY");
  c->SetValue("NAME", *company.name);
  c->SetValue("PATH", company.path);
}

std::string price_range(const std::optional<std::int64_t>& min,
                        const std::optional<std::int64_t>& max, const std::string& currency) {
  if (min && max) {
    if (*min == *max) return words::money(*min) + " " + currency;
    return words::money(*min) + " – " + words::money(*max) + " " + currency;
  }
  if (min) return "from " + words::money(*min) + " " + currency;
  if (max) return "up to " + words::money(*max) + " " + currency;
  return {};
}

}  // namespace hanse::web
