#include "marketing/topics.h"

namespace hanse::marketing {
namespace {

constexpr Channel kChannels[] = {
    {"email.new_services", "E-mail about new services"},
    {"email.promotions", "E-mail about promotions"},
    {"email.newsletter", "Our newsletter by e-mail"},
    {"mail", "Contact by post"},
    {"phone", "Contact by phone"},
};

}  // namespace

std::string_view to_string(Topic topic) {
  switch (topic) {
    case Topic::new_services: return "new_services";
    case Topic::promotions: return "promotions";
    case Topic::newsletter: return "newsletter";
  }
  return "new_services";
}

std::optional<Topic> parse_topic(std::string_view text) {
  for (auto topic : kTopics)
    if (text == to_string(topic)) return topic;
  return std::nullopt;
}

std::string_view topic_label(Topic topic) {
  switch (topic) {
    case Topic::new_services: return "new services";
    case Topic::promotions: return "promotions";
    case Topic::newsletter: return "the newsletter";
  }
  return "new services";
}

std::string ledger_what(Topic topic) { return "email." + std::string(to_string(topic)); }

std::span<const Channel> channels() { return kChannels; }

const Channel* find_channel(std::string_view what) {
  for (const auto& c : kChannels)
    if (c.what == what) return &c;
  return nullptr;
}

}  // namespace hanse::marketing
