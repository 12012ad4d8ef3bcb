// What the marketplace's mails need to know of the site: its name (in
// subjects and text) and its address (for the links).
#pragma once

#include <string>

namespace hanse::market {

struct MailSettings {
  std::string site_name;
  std::string base_url;  // site.base_url, without "/" at the end
};

}  // namespace hanse::market
