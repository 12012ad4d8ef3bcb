// Checking the product form (M-3) and the money and specification formats
// that products and offers share.
#include <algorithm>
#include <charconv>
#include <cstdint>

#include "core/text.h"
#include "market/product_store.h"

namespace hanse::market {
namespace {

constexpr std::int64_t kMaxCents = 1'000'000'000'000'00;  // a trillion in any currency
constexpr std::int64_t kMaxQuantity = 1'000'000'000'000;

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Length in characters (UTF-8 code points), not bytes.
std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

const std::vector<std::string>& currency_codes() {
  static const std::vector<std::string> codes = {"EUR", "USD", "GBP", "CNY", "JPY", "INR", "CHF",
                                                 "SEK", "NOK", "DKK", "PLN", "CZK", "TRY", "BRL",
                                                 "CAD", "AUD", "KRW", "SGD", "HKD", "AED", "ZAR"};
  return codes;
}

Result<std::optional<std::int64_t>> parse_cents(std::string_view raw) {
  // Commas only as thousands separators ("1,234.50"): "7,80" is refused
  // rather than read as 780.
  std::string typed(trim(raw));
  std::string text;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    if (typed[i] != ',') {
      text += typed[i];
      continue;
    }
    std::string_view rest = std::string_view(typed).substr(i + 1);
    if (rest.size() < 3 || !all_digits(rest.substr(0, 3)) ||
        (rest.size() > 3 && rest[3] != '.' && rest[3] != ','))
      return fail(ErrorKind::invalid_input, "Enter an amount such as 12.50 (with a point before the cents).");
  }
  if (text.empty()) return std::optional<std::int64_t>{};
  auto dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (!all_digits(whole) || (dot != std::string::npos && (!all_digits(fraction) || fraction.size() > 2)) ||
      whole.size() > 13)
    return fail(ErrorKind::invalid_input, "Enter an amount such as 12.50.");
  fraction.resize(2, '0');
  std::int64_t cents = std::stoll(whole) * 100 + std::stoll(fraction);
  if (cents > kMaxCents) return fail(ErrorKind::invalid_input, "This amount is too large.");
  return std::optional<std::int64_t>{cents};
}

std::string format_cents(std::int64_t cents) {
  std::string fraction = std::to_string(cents % 100);
  if (fraction.size() < 2) fraction = "0" + fraction;
  return std::to_string(cents / 100) + "." + fraction;
}

Result<std::optional<std::int64_t>> parse_quantity(std::string_view raw) {
  std::string text(trim(raw));
  if (text.empty()) return std::optional<std::int64_t>{};
  if (!all_digits(text) || text.size() > 13 || std::stoll(text) <= 0 || std::stoll(text) > kMaxQuantity)
    return fail(ErrorKind::invalid_input, "Enter a whole number greater than 0.");
  return std::optional<std::int64_t>{std::stoll(text)};
}

std::string check_title(std::string_view title) {
  if (title.empty()) return "Enter a title.";
  if (characters(title) > kMaxTitleLength) return "The title can have at most 200 characters.";
  return {};
}

std::string check_category(std::string_view id, const CategoryTree& categories) {
  auto* category = categories.find(id);
  if (id.empty()) return "Choose a category.";
  if (!category || category->parent.empty()) return "Choose a category from the list.";
  return {};
}

std::string check_currency(std::string_view code) {
  auto& codes = currency_codes();
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) return "Choose a currency from the list.";
  return {};
}

std::string check_photo_count(std::size_t count) {
  if (count <= kMaxProductPhotos) return {};
  return "A product can have at most " + std::to_string(kMaxProductPhotos) + " photos.";
}

ListingErrors validate_product(const ProductForm& form, const CategoryTree& categories,
                               ProductInput& out) {
  ListingErrors errors;
  out.title = trim(form.title);
  if (auto problem = check_title(out.title); !problem.empty()) errors["title"] = problem;
  out.category_id = trim(form.category);
  if (auto problem = check_category(out.category_id, categories); !problem.empty())
    errors["category"] = problem;
  out.description = trim(form.description);
  if (characters(out.description) > 20000) errors["description"] = "The description can have at most 20,000 characters.";

  out.specifications.clear();
  std::size_t rows = std::max(form.spec_names.size(), form.spec_values.size());
  for (std::size_t i = 0; i < rows; ++i) {
    std::string name(i < form.spec_names.size() ? trim(form.spec_names[i]) : std::string_view{});
    std::string value(i < form.spec_values.size() ? trim(form.spec_values[i]) : std::string_view{});
    if (name.empty() && value.empty()) continue;
    if (name.empty() || value.empty()) {
      errors["spec_name"] = "Give each specification both a name and a value.";
      continue;
    }
    if (characters(name) > 100 || characters(value) > 500)
      errors["spec_name"] = "A specification name can have at most 100 characters, a value 500.";
    out.specifications.emplace_back(std::move(name), std::move(value));
  }
  if (out.specifications.size() > kMaxSpecifications)
    errors["spec_name"] = "A product can have at most 20 specifications.";

  if (auto q = parse_quantity(form.min_order_quantity); !q) errors["min_order_quantity"] = q.error().message;
  else out.min_order_quantity = *q;
  out.min_order_unit = trim(form.min_order_unit);
  if (characters(out.min_order_unit) > 40) errors["min_order_unit"] = "The unit can have at most 40 characters.";

  auto min = parse_cents(form.price_min);
  auto max = parse_cents(form.price_max);
  if (!min) errors["price_min"] = min.error().message;
  else out.price_min_cents = *min;
  if (!max) errors["price_max"] = max.error().message;
  else out.price_max_cents = *max;
  if (min && max && *min && *max && **min > **max)
    errors["price_max"] = "The highest price must not be below the lowest.";

  out.currency = trim(form.currency);
  if (auto problem = check_currency(out.currency); !problem.empty()) errors["currency"] = problem;
  return errors;
}

}  // namespace hanse::market
