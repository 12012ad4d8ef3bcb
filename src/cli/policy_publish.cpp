// hanse policy publish FILE --effective YYYY-MM-DD
// Publishes a new policy version (P-19): the same checks as the staff page.
#include <cstdio>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/files.h"
#include "db/migrations.h"
#include "mail/outbox.h"
#include "privacy/publication.h"

namespace hanse::cli {

int policy_publish_command(const Args& args) {
  const std::vector<OptionSpec> own = {
      {"--effective", "YYYY-MM-DD", "the date the version takes effect (at least policy.notice_days ahead)"}};
  const std::string summary =
      "Usage: hanse policy publish FILE --effective YYYY-MM-DD\n\n"
      "Publishes FILE (a policy version in the format of policy/v1.toml, numbered one\n"
      "above the latest) and e-mails every member a notice through the outbox.\n"
      "Refuses an invalid file and an effective date earlier than the notice period.";
  std::vector<std::string> rest;
  std::string file;
  // The one positional argument is FILE; everything else is an option.
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    bool takes_value = a == "--effective" || a == "--data" || a == "--database" || a == "--config";
    if (takes_value) {
      rest.push_back(a);
      if (i + 1 < args.size()) rest.push_back(args[++i]);
    } else if (!a.starts_with("-") && file.empty()) {
      file = a;
    } else {
      rest.push_back(a);
    }
  }
  auto parsed = parse_options(rest, own);
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("policy publish", summary, own).c_str());
    return 0;
  }
  if (file.empty()) return report({ErrorKind::invalid_input, "policy publish: name the policy FILE"});
  auto effective = parsed->get("--effective");
  if (!effective) return report({ErrorKind::invalid_input, "policy publish: --effective is required"});
  auto text = read_file(file);
  if (!text) return report(text.error());

  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  auto db = db::open_database(config->database.url, 2);
  if (!db) return report(db.error());
  if (auto migrated = db::migrate(**db); !migrated) return report(migrated.error());
  auto book = privacy::PolicyBook::open(config->policy.dir);
  if (!book) return report(book.error());
  {
    auto lease = (*db)->acquire();
    if (!lease) return report(lease.error());
    if (auto synced = privacy::sync_published(**lease, **book); !synced) return report(synced.error());
  }
  Clock clock;
  clock.set_offset(config->testing.clock_offset_seconds);
  mail::Outbox outbox(config->site.name, clock);
  privacy::PublishSettings settings{config->policy.notice_days, config->site.base_url, config->site.name};
  auto published = privacy::publish_version(**db, **book, clock, outbox, settings, *text, file,
                                            *effective, {});
  if (!published) return report(published.error());
  std::printf("published policy version %d, effective %s; members will be notified by e-mail\n",
              (*published)->number, (*published)->effective.c_str());
  return 0;
}

}  // namespace hanse::cli
