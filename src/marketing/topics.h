// What a member may hear from the site outside administrative notices
// (SPEC P-11, policy clause marketing-email): three e-mail topics, and
// contact by post and by phone. Each is one "what" of the consent ledger's
// marketing kind ("email.promotions", "mail", "phone").
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hanse::marketing {

// The topics of marketing e-mail; a campaign has exactly one.
enum class Topic { new_services, promotions, newsletter };

inline constexpr Topic kTopics[] = {Topic::new_services, Topic::promotions, Topic::newsletter};

// "new_services", "promotions", "newsletter" (forms, tables).
std::string_view to_string(Topic topic);
std::optional<Topic> parse_topic(std::string_view text);
// In words, for pages and mail: "new services".
std::string_view topic_label(Topic topic);
// The consent ledger's what: "email.new_services".
std::string ledger_what(Topic topic);

// One contact choice a member makes.
struct Channel {
  std::string_view what;   // the consent ledger's what, also the form field name
  std::string_view label;  // in words, for the member's page
};

// The five choices, in page order: the three e-mail topics, then mail and
// phone (which the site records but never uses itself: it sends no paper
// mail and makes no calls).
std::span<const Channel> channels();

// The channel whose what is `what`, or nullptr.
const Channel* find_channel(std::string_view what);

}  // namespace hanse::marketing
