// Checking the company form and the public-profile form (M-1, P-12).
#include <algorithm>
#include <cctype>
#include <chrono>

#include "accounts/normalize.h"
#include "market/company.h"

namespace hanse::market {
namespace {

bool has_control_or_space(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\';
  });
}

// "" when acceptable, else the problem. Lower-cases the scheme.
std::string website_problem(std::string& url) {
  if (url.empty()) return {};
  if (url.size() > 300) return "Enter a web address of at most 300 characters.";
  std::string lower = url;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::size_t scheme = 0;
  if (lower.starts_with("https://")) scheme = 8;
  else if (lower.starts_with("http://")) scheme = 7;
  else return "Enter a web address starting with http:// or https://.";
  if (has_control_or_space(url)) return "A web address cannot contain spaces or quotes.";
  auto host = std::string_view(url).substr(scheme);
  host = host.substr(0, host.find_first_of("/?#"));
  if (host.empty() || host.find('.') == std::string_view::npos)
    return "Enter the full web address, for example https://example.com.";
  url = lower.substr(0, scheme) + url.substr(scheme);
  return {};
}

}  // namespace

int year_of(std::int64_t unix_seconds) {
  using namespace std::chrono;
  auto day = floor<days>(sys_seconds{seconds{unix_seconds}});
  return static_cast<int>(year_month_day{day}.year());
}

CompanyErrors validate_company(CompanyInput& in, const CategoryTree& categories, int current_year) {
  CompanyErrors errors;
  in.name = accounts::clean_text(in.name, false);
  in.address = accounts::clean_text(in.address, true);
  in.description = accounts::clean_text(in.description, true);
  in.website = accounts::clean_text(in.website, false);
  in.year_founded = accounts::clean_text(in.year_founded, false);

  if (in.name.empty()) errors["name"] = "Enter the company's name.";
  else if (in.name.size() > 200) errors["name"] = "Enter a name of at most 200 characters.";
  if (in.address.size() > 500) errors["address"] = "Enter an address of at most 500 characters.";
  if (auto country = accounts::normalize_country(in.country)) in.country = *country;
  else errors["country"] = "Choose the country the company is based in.";

  std::vector<std::string> industries;
  for (auto& id : in.industries) {
    if (id.empty() || std::find(industries.begin(), industries.end(), id) != industries.end()) continue;
    industries.push_back(id);
  }
  in.industries = std::move(industries);
  if (in.industries.empty()) errors["industries"] = "Choose at least one industry.";
  else if (in.industries.size() > kMaxIndustries) errors["industries"] = "Choose at most 5 industries.";
  else if (std::any_of(in.industries.begin(), in.industries.end(),
                       [&](const std::string& id) { return categories.find(id) == nullptr; }))
    errors["industries"] = "Choose industries from the list.";

  if (!in.year_founded.empty()) {
    bool digits = in.year_founded.size() == 4 &&
                  std::all_of(in.year_founded.begin(), in.year_founded.end(),
                              [](unsigned char c) { return std::isdigit(c); });
    int year = digits ? std::stoi(in.year_founded) : 0;
    if (year < 1800 || year > current_year)
      errors["year_founded"] = "Enter a year between 1800 and " + std::to_string(current_year) + ".";
  }
  if (in.description.size() > 5000)
    errors["description"] = "Enter a description of at most 5000 characters.";
  if (auto problem = website_problem(in.website); !problem.empty()) errors["website"] = problem;
  return errors;
}

CompanyErrors validate_public_profile(std::string& public_name, std::string& public_title) {
  CompanyErrors errors;
  public_name = accounts::clean_text(public_name, false);
  public_title = accounts::clean_text(public_title, false);
  if (public_name.size() > kMaxPublicText)
    errors["public_name"] = "Enter a public name of at most 100 characters.";
  if (public_title.size() > kMaxPublicText)
    errors["public_title"] = "Enter a job title of at most 100 characters.";
  if (public_name.empty() && !public_title.empty())
    errors["public_name"] = "Enter a public name to show a job title with it.";
  return errors;
}

}  // namespace hanse::market
