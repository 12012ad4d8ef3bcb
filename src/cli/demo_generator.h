// The demo marketplace generator behind `hanse demo` (SPEC M-9): turns a
// seed into companies with their members, industries, products, offers and
// inquiries, one company at a time. Pure: it touches no database, and the
// same seed, category tree, first ids and `now` give the same rows.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "cli/demo_product_types.h"
#include "cli/demo_vocabulary.h"
#include "market/categories.h"

namespace hanse::cli::demo {

// Every demo account signs in with this password.
inline constexpr const char* kPassword = "hanse-demo-password";
// Its Argon2id hash (m=19456 KiB, t=2, p=1: the configured minimum),
// computed once so that every load writes the same bytes.
inline constexpr const char* kPasswordHash =
    "$argon2id$v=19$m=19456,t=2,p=1$b0qZFaDbqoh4GRhH0A51wA$fB0zxv0I2cNYgphTnkSNhIV93aOlHnPZ3V+Mp/I1VTg";

// Fixed base of every demo timestamp (2026-01-01T00:00:00Z) except offer
// expiry, which is `now` plus a seeded number of days so that demo offers
// are active when loaded.
inline constexpr std::int64_t kBaseTime = 1767225600;

// The email of the n-th demo member (1-based): "demo{n}@hanse.example".
std::string member_email(std::int64_t n);

struct Member {
  std::int64_t id = 0;
  std::string email, name, phone, address, country, company_name, company_address;
  std::string public_name, public_title;
  std::string role;  // "owner" or "member"
  std::int64_t created_at = 0;
  std::int64_t joined_at = 0;  // when they joined the company
};

struct Company {
  std::int64_t id = 0;
  std::string slug, name, address, country, description, website;
  std::int64_t year_founded = 0;
  std::int64_t created_at = 0;
  std::vector<std::string> industries;  // sub-category ids
  std::string logo_initials;  // the logo (cli/demo_images.h): initials and colour
  int logo_colour = 0;
};

struct Product {
  std::int64_t id = 0;
  std::string category_id, title, description, specifications, min_order_unit, currency;
  std::optional<std::int64_t> min_order_quantity, price_min_cents, price_max_cents;
  std::int64_t created_at = 0;
  // What it is (cli/demo_product_types.h) and its photo (cli/demo_images.h).
  std::size_t type_index = 0;
  std::string material;
  int image_variant = 0;
};

struct Offer {
  std::int64_t id = 0;
  std::int64_t member_id = 0;
  std::string kind, category_id, title, description, unit, currency;
  std::int64_t quantity = 0;
  std::optional<std::int64_t> target_price_cents;
  std::int64_t created_at = 0, expires_at = 0;
};

struct Message {
  std::int64_t id = 0;
  std::int64_t member_id = 0;
  bool from_supplier = false;
  std::string body;
  std::int64_t created_at = 0;
};

struct Inquiry {
  std::int64_t id = 0;
  std::int64_t buyer_member_id = 0, buyer_company_id = 0, product_id = 0;
  std::string subject;
  std::int64_t created_at = 0, last_message_at = 0;
  std::vector<Message> messages;
};

// One company and everything that belongs to it.
struct CompanyBundle {
  Company company;
  std::vector<Member> members;  // the owner first
  std::vector<Product> products;
  std::vector<Offer> offers;
  std::vector<Inquiry> inquiries;  // sent to this company by earlier demo companies
};

// The ids the first generated row of each table gets; later rows count up.
struct FirstIds {
  std::int64_t member = 1, company = 1, product = 1, offer = 1, inquiry = 1, message = 1;
};

class Generator {
 public:
  // Companies list only sub-categories with a product type
  // (cli/demo_product_types.h). Throws std::invalid_argument when the tree
  // has none (demo::load checks this first and returns an error).
  Generator(std::uint64_t seed, const market::CategoryTree& categories, FirstIds first,
            std::int64_t now);

  // The next company (the first call gives the first one).
  CompanyBundle next();

 private:
  struct Industry {
    std::string id;
    std::vector<const Subcategory*> subs;  // those with a product type
    std::vector<std::string> sub_names;
    const IndustryWords* words;
  };
  struct Known {  // what later companies need of an earlier one
    std::int64_t company_id;
    std::int64_t owner_id;
    std::int32_t locale;
  };

  std::uint64_t below(std::uint64_t n) { return m_rng() % n; }
  // A round number of units from `low` to `high` (1, 2, 5, 10, 20, 25, 50, ...).
  std::int64_t round_quantity(std::int64_t low, std::int64_t high);
  // A price per unit in US cents within the type's range (spread evenly on a log scale).
  std::int64_t usd_price(const ProductType& type);
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }

  std::mt19937_64 m_rng;
  std::vector<Industry> m_industries;
  std::vector<int> m_locale_table;  // locale index repeated by weight
  std::vector<Known> m_known;
  FirstIds m_next;
  std::int64_t m_now;
  std::int64_t m_members_made = 0;
};

}  // namespace hanse::cli::demo
